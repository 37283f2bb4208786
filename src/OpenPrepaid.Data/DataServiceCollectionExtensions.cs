using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Journal;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Data.Security;
using OpenPrepaid.Data.Stores;

namespace OpenPrepaid.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database (provider chosen by <see cref="OpenPrepaidDataOptions.ConnectionString"/>),
    /// the stores of the domain, and Data Protection with its key ring in the data folder. Call
    /// <see cref="OpenPrepaidDatabase.MigrateAsync"/> once at start-up.
    /// </summary>
    public static IServiceCollection AddOpenPrepaidData(this IServiceCollection services, OpenPrepaidDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);

        var connectionString = OpenPrepaidDatabase.ConnectionStringFor(options);
        services.AddSingleton(options);
        services.AddDbContextFactory<OpenPrepaidDbContext>(builder => OpenPrepaidDatabase.Configure(builder, connectionString));

        CreatePrivateFolder(options.KeyRingFolder);
        services.AddDataProtection()
            .SetApplicationName("OpenPrepaid")
            .PersistKeysToFileSystem(new DirectoryInfo(options.KeyRingFolder));

        services.AddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        services.AddSingleton<IMeterStore, EfMeterStore>();
        services.AddSingleton<IChargeStore, EfChargeStore>();
        services.AddSingleton<ISnapshotStore, EfSnapshotStore>();
        services.AddSingleton<IJournal, EfJournal>();
        services.AddSingleton<IProfileStore, EfProfileStore>();
        return services;
    }

    /// <summary>
    /// Creates the key ring folder readable by the current user only. Outside Windows, Data Protection
    /// stores its keys unencrypted, so these permissions are what keeps them, and the meter secrets, private.
    /// </summary>
    private static void CreatePrivateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Directory.CreateDirectory(folder, OwnerOnly);
        File.SetUnixFileMode(folder, OwnerOnly);
    }
}
