using OpenPrepaid.Web.Identity;

namespace OpenPrepaid.Web.Api.Contracts;

/// <param name="Key">The whole key, returned only by the request that creates it; store it, because it cannot be shown again.</param>
public sealed record ApiKeyResponse(Guid Id, string Name, string Role, string CreatedBy, DateTime CreatedAtUtc, DateTime? RevokedAtUtc, string? Key)
{
    public static ApiKeyResponse From(ApiKey key, string? secret = null)
    {
        ArgumentNullException.ThrowIfNull(key);

        return new ApiKeyResponse(key.Id, key.Name, key.Role, key.CreatedBy, key.CreatedAtUtc, key.RevokedAtUtc, secret);
    }
}
