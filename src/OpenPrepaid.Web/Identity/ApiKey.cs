namespace OpenPrepaid.Web.Identity;

/// <summary>
/// A key an API client sends in <c>X-Api-Key</c>. Only the SHA-256 hash of its secret part is stored; the
/// whole key is shown once, when it is created.
/// </summary>
public sealed class ApiKey
{
    public const int MaxNameLength = 100;

    public ApiKey(Guid id, string name, string role, byte[] secretHash, string createdBy, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        ArgumentNullException.ThrowIfNull(secretHash);

        Id = id;
        Name = name;
        Role = role;
        SecretHash = secretHash;
        CreatedBy = createdBy;
        CreatedAtUtc = createdAt.UtcDateTime;
    }

    // Used by EF Core to materialise rows.
    private ApiKey()
    {
        Name = string.Empty;
        Role = string.Empty;
        SecretHash = [];
        CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>What the key is for, for example "billing system"; it is the operator name in the journal.</summary>
    public string Name { get; private set; }

    /// <summary>One of <see cref="Roles.All"/>.</summary>
    public string Role { get; private set; }

    /// <summary>SHA-256 of the key's secret part.</summary>
    public byte[] SecretHash { get; private set; }

    public string CreatedBy { get; private set; }

    /// <summary>Creation time in UTC; a DateTime because SQLite cannot order by DateTimeOffset.</summary>
    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public bool IsRevoked => RevokedAtUtc is not null;

    public void Revoke(DateTimeOffset at)
    {
        RevokedAtUtc ??= at.UtcDateTime;
    }
}
