namespace OpenPrepaid.Core.Register;

/// <summary>
/// Encrypts meter secrets (passwords and token keys) for storage. The storage layer implements it with
/// ASP.NET Core Data Protection; plaintext leaves it only for the driver.
/// </summary>
public interface ISecretProtector
{
    string Protect(ReadOnlySpan<byte> secret);

    /// <exception cref="System.Security.Cryptography.CryptographicException">
    /// The text was not produced by this key ring, or it was altered.
    /// </exception>
    byte[] Unprotect(string protectedSecret);
}
