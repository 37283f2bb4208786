using Microsoft.EntityFrameworkCore;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Data.Rows;

namespace OpenPrepaid.Data.Stores;

internal sealed class EfProfileStore(IDbContextFactory<OpenPrepaidDbContext> factory) : IProfileStore
{
    public async Task<IReadOnlyList<PrepaidProfile>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Profiles.AsNoTracking().OrderBy(p => p.NormalizedName).ToListAsync(cancellationToken);
        return rows.Select(ProfileMapper.ToProfile).ToList();
    }

    public async Task<PrepaidProfile?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return row is null ? null : ProfileMapper.ToProfile(row);
    }

    public async Task<ProfileSaveStatus> AddAsync(PrepaidProfile profile, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await NameTakenAsync(db, profile, cancellationToken))
        {
            return ProfileSaveStatus.NameTaken;
        }

        var row = new ProfileRow();
        ProfileMapper.Fill(row, profile);
        db.Profiles.Add(row);
        return await SaveAsync(db, profile, cancellationToken);
    }

    public async Task<ProfileSaveStatus> UpdateAsync(PrepaidProfile profile, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.Profiles.SingleOrDefaultAsync(p => p.Id == profile.Id, cancellationToken);
        if (row is null)
        {
            return ProfileSaveStatus.NotFound;
        }

        if (await NameTakenAsync(db, profile, cancellationToken))
        {
            return ProfileSaveStatus.NameTaken;
        }

        ProfileMapper.Fill(row, profile);
        return await SaveAsync(db, profile, cancellationToken);
    }

    public async Task<bool> RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Profiles.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static Task<bool> NameTakenAsync(OpenPrepaidDbContext db, PrepaidProfile profile, CancellationToken cancellationToken)
    {
        var normalized = ProfileMapper.Normalize(profile.Name);
        return db.Profiles.AnyAsync(p => p.NormalizedName == normalized && p.Id != profile.Id, cancellationToken);
    }

    /// <summary>Saves, turning a unique-name violation from a concurrent writer into <see cref="ProfileSaveStatus.NameTaken"/>.</summary>
    private async Task<ProfileSaveStatus> SaveAsync(OpenPrepaidDbContext db, PrepaidProfile profile, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ProfileSaveStatus.Saved;
        }
        catch (DbUpdateException)
        {
            await using var check = await factory.CreateDbContextAsync(cancellationToken);
            if (await NameTakenAsync(check, profile, cancellationToken))
            {
                return ProfileSaveStatus.NameTaken;
            }

            throw;
        }
    }
}
