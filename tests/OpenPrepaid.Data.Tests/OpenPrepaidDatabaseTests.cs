using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OpenPrepaid.Data.Tests;

public sealed class OpenPrepaidDatabaseTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432;Database=openprepaid", DatabaseProvider.PostgreSql)]
    [InlineData("Server=db.local;Database=openprepaid", DatabaseProvider.PostgreSql)]
    [InlineData("Data Source=/var/lib/openprepaid/openprepaid.db", DatabaseProvider.Sqlite)]
    [InlineData("Filename=openprepaid.db", DatabaseProvider.Sqlite)]
    public void ConnectionStringChoosesProvider(string connectionString, DatabaseProvider expected)
    {
        Assert.Equal(expected, OpenPrepaidDatabase.ProviderOf(connectionString));
    }

    [Fact]
    public void ConnectionStringWithoutDatabaseIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => OpenPrepaidDatabase.ProviderOf("Timeout=5"));

        Assert.StartsWith("The connection string names no database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultIsSqliteInTheDataFolder()
    {
        var options = new OpenPrepaidDataOptions { DataFolder = "/srv/openprepaid" };

        var connectionString = OpenPrepaidDatabase.ConnectionStringFor(options);

        Assert.Equal("/srv/openprepaid/openprepaid.db", new SqliteConnectionStringBuilder(connectionString).DataSource);
        Assert.Equal("/srv/openprepaid/keys", options.KeyRingFolder);
        Assert.EndsWith(Path.Combine("OpenPrepaid"), OpenPrepaidDataOptions.DefaultDataFolder, StringComparison.Ordinal);
        Assert.StartsWith(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData),
            OpenPrepaidDataOptions.DefaultDataFolder,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstUseCreatesFolderAndSchema()
    {
        var folder = Path.Combine(Path.GetTempPath(), "openprepaid-first-" + Guid.NewGuid().ToString("N"), "nested");
        var options = new OpenPrepaidDataOptions { DataFolder = folder };
        var builder = new DbContextOptionsBuilder<OpenPrepaidDbContext>();
        OpenPrepaidDatabase.Configure(builder, OpenPrepaidDatabase.ConnectionStringFor(options));

        try
        {
            await using (var db = new OpenPrepaidDbContext(builder.Options))
            {
                await OpenPrepaidDatabase.MigrateAsync(db, CancellationToken.None);
                Assert.Empty(await db.Meters.ToListAsync());
            }

            Assert.True(File.Exists(Path.Combine(folder, OpenPrepaidDatabase.DefaultDatabaseFileName)));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }
}
