using Microsoft.AspNetCore.Identity;

namespace OpenPrepaid.Web.Identity;

/// <summary>A person who signs in to the console. Roles decide what they may do (see <see cref="Roles"/>).</summary>
public sealed class OperatorUser : IdentityUser
{
    /// <summary>True while the password is a one-time password someone else chose; the console then allows nothing but changing it.</summary>
    public bool MustChangePassword { get; set; }
}
