using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace OpenPrepaid.Web.Identity;

/// <summary>
/// Creates, lists, revokes and verifies API keys. A key reads <c>opk_{id}_{secret}</c>: the id (32
/// hexadecimal digits) finds the row, and the secret (32 random bytes, base64url) is compared by its
/// SHA-256 hash in constant time. The secret has 256 bits of entropy, so a plain hash resists guessing
/// without a slow password hash.
/// </summary>
public sealed class ApiKeyService
{
    public const string HeaderName = "X-Api-Key";
    private const string Prefix = "opk_";
    private const int SecretBytes = 32;

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;

    public ApiKeyService(IServiceScopeFactory scopes, TimeProvider time)
    {
        _scopes = scopes;
        _time = time;
    }

    public async Task<CreatedApiKey> CreateAsync(string name, string role, string createdBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        if (!Roles.IsKnown(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, $"Unknown role; expected one of {string.Join(", ", Roles.All)}.");
        }

        var id = Guid.NewGuid();
        var secret = RandomNumberGenerator.GetBytes(SecretBytes);
        var key = new ApiKey(id, name.Trim(), role, SHA256.HashData(secret), createdBy, _time.GetUtcNow());

        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>();
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);

        return new CreatedApiKey(key, Prefix + id.ToString("N") + "_" + Base64Url.EncodeToString(secret));
    }

    /// <summary>Lists every key, revoked ones included, newest first.</summary>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>();
        return await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAtUtc).ToListAsync(cancellationToken);
    }

    /// <summary>Revokes a key; returns false when there is no key with that id.</summary>
    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>();
        var key = await db.ApiKeys.FindAsync([id], cancellationToken);
        if (key is null)
        {
            return false;
        }

        key.Revoke(_time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Returns the live key that <paramref name="presented"/> is, or null when it is malformed, unknown or revoked.</summary>
    public async Task<ApiKey?> VerifyAsync(string presented, CancellationToken cancellationToken)
    {
        if (!TryParse(presented, out var id, out var secret))
        {
            return null;
        }

        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>();
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null || key.IsRevoked)
        {
            return null;
        }

        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(secret), key.SecretHash) ? key : null;
    }

    private static bool TryParse(string presented, out Guid id, out byte[] secret)
    {
        id = Guid.Empty;
        secret = [];
        var text = presented.AsSpan().Trim();
        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length < Prefix.Length + 33)
        {
            return false;
        }

        var body = text[Prefix.Length..];
        if (body[32] != '_' || !Guid.TryParseExact(body[..32], "N", out id))
        {
            return false;
        }

        var encoded = body[33..];
        var buffer = new byte[Base64Url.GetMaxDecodedLength(encoded.Length)];
        if (Base64Url.DecodeFromChars(encoded, buffer, out _, out var written) != System.Buffers.OperationStatus.Done || written != SecretBytes)
        {
            return false;
        }

        secret = buffer[..written];
        return true;
    }
}
