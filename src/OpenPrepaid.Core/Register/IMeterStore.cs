namespace OpenPrepaid.Core.Register;

/// <summary>Storage of the meter register.</summary>
public interface IMeterStore
{
    /// <summary>Lists every meter, ordered by serial number.</summary>
    Task<IReadOnlyList<Meter>> ListAsync(CancellationToken cancellationToken);

    Task<Meter?> FindAsync(string serial, CancellationToken cancellationToken);

    /// <summary>Returns the meters with the given serials that exist, ordered by serial number.</summary>
    Task<IReadOnlyList<Meter>> FindManyAsync(IReadOnlyCollection<string> serials, CancellationToken cancellationToken);

    /// <summary>Adds a meter; returns false when the serial number is already registered.</summary>
    Task<bool> AddAsync(Meter meter, CancellationToken cancellationToken);

    /// <summary>Saves the description, connection and secrets of a registered meter (not its token sequence).</summary>
    Task UpdateAsync(Meter meter, CancellationToken cancellationToken);

    /// <summary>Removes a meter and its snapshots; charges and journal entries stay. Returns false when not found.</summary>
    Task<bool> RemoveAsync(string serial, CancellationToken cancellationToken);
}
