using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Web.Api.Contracts;

public sealed record ProfileResponse(Guid Id, string Name, PrepaidSettings Settings)
{
    public static ProfileResponse From(PrepaidProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);

        return new ProfileResponse(profile.Id, profile.Name, profile.Settings);
    }
}
