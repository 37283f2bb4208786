using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using OpenPrepaid.Simulator.Fleet;
using OpenPrepaid.Web.Demo;
using OpenPrepaid.Web.Identity;

namespace OpenPrepaid.Web.Tests.Support;

/// <summary>
/// The web host as a newcomer starts it: no connection string and no demo setting, so the demo fleet runs with
/// the real DLMS driver, on Kestrel at 127.0.0.1 over SQLite in a temporary folder. Two substitutions: the
/// one-time password is captured instead of printed. The real clock beneath the meters' accelerated one is a
/// fake that moves only when a test advances it, so a test can compare a reading with the meter exactly.
/// </summary>
public sealed class DemoWebFactory : WebApplicationFactory<Program>
{
    /// <summary>Monday 10 March 2025, 10:00 UTC: the day tariff of the demo meters.</summary>
    public static readonly DateTimeOffset ClockStart = new(2025, 3, 10, 10, 0, 0, TimeSpan.Zero);

    private readonly bool _ownsDataFolder;

    /// <param name="dataFolder">An existing data folder to start on again, or null for a new temporary one.</param>
    public DemoWebFactory(string? dataFolder = null)
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _ownsDataFolder = dataFolder is null;
        DataFolder = dataFolder ?? Directory.CreateTempSubdirectory("openprepaid-demo-tests-").FullName;
    }

    public string DataFolder { get; }

    public FakeTimeProvider Clock { get; } = new(ClockStart);

    public CapturedPasswordNotice PasswordNotice { get; } = new();

    /// <summary>The demo's simulated fleet, available once the server has started.</summary>
    public SimulatedFleet Fleet => ((DemoFleet)Services.GetRequiredService<IDemoFleet>()).Fleet
        ?? throw new InvalidOperationException("The demo fleet has not started.");

    /// <summary>Starts the server and returns its address.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single(address => address.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
    }

    /// <summary>Returns a client for <paramref name="baseAddress"/> that sends a new API key with <paramref name="role"/>.</summary>
    public async Task<HttpClient> ClientAsync(Uri baseAddress, string role)
    {
        var created = await Services.GetRequiredService<ApiKeyService>().CreateAsync("demo tests " + role, role, "tests", CancellationToken.None);
        var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Add(ApiKeyService.HeaderName, created.Secret);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("OpenPrepaid:DataFolder", DataFolder);
        builder.UseSetting("ConnectionStrings:OpenPrepaid", string.Empty);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IInitialPasswordNotice>();
            services.AddSingleton<IInitialPasswordNotice>(PasswordNotice);

            // The demo options exist only when the configuration turned the demo on. They are kept, with the fake clock.
            var registered = services.Single(descriptor => descriptor.ServiceType == typeof(DemoOptions));
            var options = (DemoOptions)registered.ImplementationInstance!;
            services.Remove(registered);
            services.AddSingleton(options with { Clock = Clock });
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDataFolder)
        {
            DeleteDataFolder(DataFolder);
        }
    }

    /// <summary>Deletes a data folder once no server uses it any more.</summary>
    public static void DeleteDataFolder(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing background task; the temporary folder is left behind.
        }
    }
}
