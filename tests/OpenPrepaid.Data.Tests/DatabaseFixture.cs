using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Data.Tests;

/// <summary>
/// A fresh, migrated database of one provider with the stores wired as a host wires them. Tests share it
/// within a class and keep apart by using serials and keys of their own.
/// </summary>
public abstract class DatabaseFixture : IAsyncLifetime
{
    private ServiceProvider? _services;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "openprepaid-data-" + Guid.NewGuid().ToString("N"));

    public abstract DatabaseProvider Provider { get; }

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The fixture is not initialised.");

    public IMeterStore Meters => Services.GetRequiredService<IMeterStore>();

    public IChargeStore Charges => Services.GetRequiredService<IChargeStore>();

    public ISnapshotStore Snapshots => Services.GetRequiredService<ISnapshotStore>();

    public IJournal Journal => Services.GetRequiredService<IJournal>();

    public IProfileStore Profiles => Services.GetRequiredService<IProfileStore>();

    public ISecretProtector Protector => Services.GetRequiredService<ISecretProtector>();

    public OpenPrepaidDbContext CreateContext() =>
        Services.GetRequiredService<IDbContextFactory<OpenPrepaidDbContext>>().CreateDbContext();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var connectionString = await CreateDatabaseAsync();
        _services = new ServiceCollection()
            .AddLogging()
            .AddOpenPrepaidData(new OpenPrepaidDataOptions { ConnectionString = connectionString, DataFolder = Folder })
            .BuildServiceProvider();

        await using var db = CreateContext();
        await OpenPrepaidDatabase.MigrateAsync(db, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await DropDatabaseAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaner; the tests' results are unaffected.
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();
}
