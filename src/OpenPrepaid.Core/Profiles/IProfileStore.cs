namespace OpenPrepaid.Core.Profiles;

/// <summary>Storage of prepaid profiles; names are unique without regard to case, enforced by the database.</summary>
public interface IProfileStore
{
    /// <summary>Lists every profile, ordered by name.</summary>
    Task<IReadOnlyList<PrepaidProfile>> ListAsync(CancellationToken cancellationToken);

    Task<PrepaidProfile?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<ProfileSaveStatus> AddAsync(PrepaidProfile profile, CancellationToken cancellationToken);

    Task<ProfileSaveStatus> UpdateAsync(PrepaidProfile profile, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(Guid id, CancellationToken cancellationToken);
}
