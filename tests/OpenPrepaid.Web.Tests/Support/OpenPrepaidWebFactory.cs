using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Web.Identity;

namespace OpenPrepaid.Web.Tests.Support;

/// <summary>
/// The real web host on Kestrel at 127.0.0.1 and a free port, over a SQLite database in a temporary folder,
/// with <see cref="FakeMeterFleet"/> as the meter driver and the demo fleet turned off.
/// </summary>
public sealed class OpenPrepaidWebFactory : WebApplicationFactory<Program>
{
    public OpenPrepaidWebFactory()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("openprepaid-web-tests-").FullName;

    public FakeMeterFleet Fleet { get; } = new();

    public CapturedPasswordNotice PasswordNotice { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("OpenPrepaid:DataFolder", DataFolder);
        builder.UseSetting("ConnectionStrings:OpenPrepaid", string.Empty);
        builder.UseSetting("OpenPrepaid:MeterDeadlineSeconds", "20");
        builder.UseSetting("Demo:Enabled", "false");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IMeterDriver>();
            services.AddSingleton<IMeterDriver>(Fleet);
            services.RemoveAll<IInitialPasswordNotice>();
            services.AddSingleton<IInitialPasswordNotice>(PasswordNotice);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a finishing background task; the temporary folder is left behind.
            }
        }
    }
}
