using Microsoft.EntityFrameworkCore;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Data.Stores;

internal sealed class EfMeterStore(IDbContextFactory<OpenPrepaidDbContext> factory) : IMeterStore
{
    public async Task<IReadOnlyList<Meter>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Meters.AsNoTracking().OrderBy(m => m.Serial).ToListAsync(cancellationToken);
    }

    public async Task<Meter?> FindAsync(string serial, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Meters.AsNoTracking().SingleOrDefaultAsync(m => m.Serial == serial, cancellationToken);
    }

    public async Task<IReadOnlyList<Meter>> FindManyAsync(IReadOnlyCollection<string> serials, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var wanted = serials.ToList();
        return await db.Meters.AsNoTracking().Where(m => wanted.Contains(m.Serial)).OrderBy(m => m.Serial).ToListAsync(cancellationToken);
    }

    public async Task<bool> AddAsync(Meter meter, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.Meters.AnyAsync(m => m.Serial == meter.Serial, cancellationToken))
        {
            return false;
        }

        db.Meters.Add(meter);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // A concurrent add of the same serial wins the primary key; anything else is a real failure.
            if (await ExistsAsync(meter.Serial, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    public async Task UpdateAsync(Meter meter, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entry = db.Meters.Update(meter);

        // Only the charge store raises the token sequence, and only the snapshot store moves the latest
        // snapshot. Writing this object's stale copies back could lower the sequence and reuse a token number.
        entry.Property(m => m.LastTokenSequence).IsModified = false;
        entry.Property(OpenPrepaidDbContext.LatestSnapshotIdColumn).IsModified = false;

        var saved = await db.SaveChangesAsync(cancellationToken);
        if (saved == 0)
        {
            throw new InvalidOperationException($"Meter {meter.Serial} is not in the register.");
        }
    }

    public async Task<bool> RemoveAsync(string serial, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Snapshots.Where(s => s.Serial == serial).ExecuteDeleteAsync(cancellationToken);
        var removed = await db.Meters.Where(m => m.Serial == serial).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed > 0;
    }

    private async Task<bool> ExistsAsync(string serial, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Meters.AnyAsync(m => m.Serial == serial, cancellationToken);
    }
}
