using Microsoft.EntityFrameworkCore;
using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Data.Configuration;
using OpenPrepaid.Data.Rows;

namespace OpenPrepaid.Data;

/// <summary>
/// The OpenPrepaid database: meters, snapshots (history, with each meter's latest marked on the meter),
/// charges, the append-only journal and profiles. One model serves SQLite and PostgreSQL.
/// </summary>
public sealed class OpenPrepaidDbContext : DbContext
{
    /// <summary>Name of the shadow column on Meters that points at the meter's latest snapshot.</summary>
    internal const string LatestSnapshotIdColumn = "LatestSnapshotId";

    public OpenPrepaidDbContext(DbContextOptions<OpenPrepaidDbContext> options)
        : base(options)
    {
    }

    public DbSet<Meter> Meters => Set<Meter>();

    public DbSet<Charge> Charges => Set<Charge>();

    public DbSet<JournalEntry> Journal => Set<JournalEntry>();

    internal DbSet<SnapshotRow> Snapshots => Set<SnapshotRow>();

    internal DbSet<ProfileRow> Profiles => Set<ProfileRow>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RejectJournalChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RejectJournalChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();

        // Enough for money to 4 places up to 10^14 and for energy in kWh to the milliwatt-hour.
        configurationBuilder.Properties<decimal>().HavePrecision(20, 6);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new MeterConfiguration());
        modelBuilder.ApplyConfiguration(new ChargeConfiguration());
        modelBuilder.ApplyConfiguration(new JournalEntryConfiguration());
        modelBuilder.ApplyConfiguration(new SnapshotRowConfiguration());
        modelBuilder.ApplyConfiguration(new ProfileRowConfiguration());
    }

    /// <summary>Journal entries are appended, never edited or deleted; a correction is a new entry.</summary>
    private void RejectJournalChanges()
    {
        foreach (var entry in ChangeTracker.Entries<JournalEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException(
                    $"Journal entry {entry.Entity.Id} cannot be {(entry.State == EntityState.Deleted ? "deleted" : "changed")}: the journal is append-only; add a correcting entry instead.");
            }
        }
    }
}
