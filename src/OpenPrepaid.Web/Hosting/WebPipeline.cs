using Microsoft.EntityFrameworkCore;
using OpenPrepaid.Data;
using OpenPrepaid.Web.Api;
using OpenPrepaid.Web.Components;
using OpenPrepaid.Web.Identity;

namespace OpenPrepaid.Web.Hosting;

/// <summary>Prepares the database and builds the request pipeline.</summary>
public static class WebPipeline
{
    /// <summary>Migrates the domain and identity tables and creates the roles and, on a first start, the administrator.</summary>
    public static async Task InitializeOpenPrepaidAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);

        var factory = app.Services.GetRequiredService<IDbContextFactory<OpenPrepaidDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await OpenPrepaidDatabase.MigrateAsync(db, cancellationToken);
        }

        await IdentityDatabase.MigrateAsync(app.Services, cancellationToken);
        await AdministratorBootstrap.RunAsync(app.Services, cancellationToken);
    }

    public static WebApplication UseOpenPrepaidWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePasswordChangeGate();
        app.UseAntiforgery();


        app.MapOpenApi().AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapOpenPrepaidApi();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
