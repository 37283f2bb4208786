using Microsoft.EntityFrameworkCore;
using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Journal;

namespace OpenPrepaid.Data.Stores;

internal sealed class EfChargeStore(IDbContextFactory<OpenPrepaidDbContext> factory) : IChargeStore
{
    public async Task<Charge?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Charges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    public async Task<Charge?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Charges.AsNoTracking().SingleOrDefaultAsync(c => c.IdempotencyKey == idempotencyKey, cancellationToken);
    }

    public async Task<Charge?> FindUnsettledAsync(string meterSerial, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Charges.AsNoTracking()
            .Where(c => c.MeterSerial == meterSerial && (c.State == ChargeState.Pending || c.State == ChargeState.Unknown))
            .OrderBy(c => c.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Charge>> ListUnknownAsync(string meterSerial, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Charges.AsNoTracking()
            .Where(c => c.MeterSerial == meterSerial && c.State == ChargeState.Unknown)
            .OrderBy(c => c.TokenSequence)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Charge>> ListPendingCreatedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Charges.AsNoTracking()
            .Where(c => c.State == ChargeState.Pending && c.CreatedAt < before)
            .OrderBy(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Charge>> ListAsync(string? meterSerial, int limit, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var charges = db.Charges.AsNoTracking();
        if (meterSerial is not null)
        {
            charges = charges.Where(c => c.MeterSerial == meterSerial);
        }

        return await charges.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Take(Math.Clamp(limit, 1, 10_000)).ToListAsync(cancellationToken);
    }

    public async Task<AddPendingResult> AddPendingAsync(Charge charge, JournalEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(charge);
        ArgumentNullException.ThrowIfNull(entry);

        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // Raising the meter's sequence only upwards makes a number issued by a concurrent caller fail here.
            var raised = await db.Meters
                .Where(m => m.Serial == charge.MeterSerial && m.LastTokenSequence < charge.TokenSequence)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastTokenSequence, charge.TokenSequence), cancellationToken);
            if (raised == 1)
            {
                db.Charges.Add(charge);
                db.Journal.Add(entry);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return new AddPendingResult(AddPendingStatus.Added);
                }
                catch (DbUpdateException)
                {
                    // A unique index refused the charge: the key, the meter's unsettled charge or the
                    // sequence. Which one is found below, outside this (now failed) transaction.
                }
            }

            await transaction.RollbackAsync(cancellationToken);
        }

        return await ClassifyConflictAsync(charge, cancellationToken);
    }

    public async Task<bool> SaveAsync(
        Charge charge, ChargeState expectedStoredState, IReadOnlyList<JournalEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(charge);
        ArgumentNullException.ThrowIfNull(entries);

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var updated = await db.Charges
            .Where(c => c.Id == charge.Id && c.State == expectedStoredState)
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(c => c.State, charge.State)
                    .SetProperty(c => c.SettledLater, charge.SettledLater)
                    .SetProperty(c => c.BalanceAfter, charge.BalanceAfter)
                    .SetProperty(c => c.SentAt, charge.SentAt)
                    .SetProperty(c => c.SettledAt, charge.SettledAt)
                    .SetProperty(c => c.TokenStatus, charge.TokenStatus)
                    .SetProperty(c => c.Message, charge.Message),
                cancellationToken);
        if (updated == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        db.Journal.AddRange(entries);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<AddPendingResult> ClassifyConflictAsync(Charge charge, CancellationToken cancellationToken)
    {
        if (await FindByIdempotencyKeyAsync(charge.IdempotencyKey, cancellationToken) is { } duplicate)
        {
            return new AddPendingResult(AddPendingStatus.DuplicateKey, duplicate);
        }

        if (await FindUnsettledAsync(charge.MeterSerial, cancellationToken) is { } unsettled)
        {
            return new AddPendingResult(AddPendingStatus.MeterBusy, unsettled);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Meters.AnyAsync(m => m.Serial == charge.MeterSerial, cancellationToken)
            ? new AddPendingResult(AddPendingStatus.SequenceTaken)
            : new AddPendingResult(AddPendingStatus.MeterNotFound);
    }
}
