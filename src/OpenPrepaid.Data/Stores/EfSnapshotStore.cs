using Microsoft.EntityFrameworkCore;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Data.Rows;

namespace OpenPrepaid.Data.Stores;

internal sealed class EfSnapshotStore(IDbContextFactory<OpenPrepaidDbContext> factory) : ISnapshotStore
{
    public async Task SaveAsync(MeterSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = SnapshotMapper.ToRow(snapshot);
        db.Snapshots.Add(row);
        await db.SaveChangesAsync(cancellationToken);

        // The latest moves only forward in read time, so a late writer of an older read cannot hide a newer
        // one. A meter removed meanwhile matches no row, and its snapshot stays as plain history.
        var readAt = row.ReadAt;
        await db.Meters
            .Where(m => m.Serial == snapshot.Serial
                && !db.Snapshots.Any(latest => (long?)latest.Id == EF.Property<long?>(m, OpenPrepaidDbContext.LatestSnapshotIdColumn)
                    && latest.ReadAt > readAt))
            .ExecuteUpdateAsync(s => s.SetProperty(m => EF.Property<long?>(m, OpenPrepaidDbContext.LatestSnapshotIdColumn), row.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<MeterSnapshot?> GetLatestAsync(string meterSerial, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await LatestRows(db).Where(r => r.Serial == meterSerial).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : SnapshotMapper.ToSnapshot(row);
    }

    public async Task<IReadOnlyDictionary<string, MeterSnapshot>> GetLatestAllAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await LatestRows(db).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Serial, SnapshotMapper.ToSnapshot, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<MeterSnapshot>> GetHistoryAsync(
        string meterSerial, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Snapshots.AsNoTracking()
            .Where(s => s.Serial == meterSerial && s.ReadAt >= from && s.ReadAt < to)
            .OrderBy(s => s.ReadAt)
            .ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(SnapshotMapper.ToSnapshot).ToList();
    }

    private static IQueryable<SnapshotRow> LatestRows(OpenPrepaidDbContext db) =>
        from meter in db.Meters.AsNoTracking()
        join row in db.Snapshots.AsNoTracking()
            on EF.Property<long?>(meter, OpenPrepaidDbContext.LatestSnapshotIdColumn) equals (long?)row.Id
        select row;
}
