using Microsoft.AspNetCore.DataProtection;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Data.Security;

/// <summary>
/// Encrypts meter passwords and token keys with ASP.NET Core Data Protection. The key ring lives in the
/// data folder (see <see cref="OpenPrepaidDataOptions.KeyRingFolder"/>); losing it makes stored secrets unreadable.
/// </summary>
internal sealed class DataProtectionSecretProtector : ISecretProtector
{
    /// <summary>Purpose string isolating these payloads from any other use of the same key ring.</summary>
    public const string Purpose = "OpenPrepaid.MeterSecrets.v1";

    private readonly IDataProtector _protector;

    public DataProtectionSecretProtector(IDataProtectionProvider provider)
    {
        _protector = provider.CreateProtector(Purpose);
    }

    public string Protect(ReadOnlySpan<byte> secret) => Convert.ToBase64String(_protector.Protect(secret.ToArray()));

    public byte[] Unprotect(string protectedSecret)
    {
        ArgumentNullException.ThrowIfNull(protectedSecret);

        byte[] payload;
        try
        {
            payload = Convert.FromBase64String(protectedSecret);
        }
        catch (FormatException exception)
        {
            throw new System.Security.Cryptography.CryptographicException("The stored secret is not a protected payload.", exception);
        }

        return _protector.Unprotect(payload);
    }
}
