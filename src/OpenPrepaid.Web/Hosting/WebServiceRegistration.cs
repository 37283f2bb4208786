using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using MudBlazor.Services;
using OpenPrepaid.Core;
using OpenPrepaid.Core.Channels;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register.Import;
using OpenPrepaid.Data;
using OpenPrepaid.Meters.Driver;
using OpenPrepaid.Web.Api;
using OpenPrepaid.Web.Demo;
using OpenPrepaid.Web.Identity;
using OpenPrepaid.Web.Jobs;
using OpenPrepaid.Web.Journal;
using OpenPrepaid.Web.Resources;

namespace OpenPrepaid.Web.Hosting;

/// <summary>Registers everything the console and the API need.</summary>
public static class WebServiceRegistration
{
    public static readonly CultureInfo[] SupportedCultures = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("uk")];

    private const string SelectScheme = "OpenPrepaid";

    public static WebApplicationBuilder AddOpenPrepaidWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Serves MudBlazor's and the framework's files from the build output in every environment, so that
        // `dotnet run` works without a publish. A published app has no manifest, and this does nothing there.
        builder.WebHost.UseStaticWebAssets();

        var configuration = builder.Configuration;
        var services = builder.Services;
        var dataOptions = new OpenPrepaidDataOptions
        {
            ConnectionString = configuration.GetConnectionString(OpenPrepaidWebOptions.ConnectionStringName),
            DataFolder = configuration[OpenPrepaidWebOptions.DataFolderKey] is { Length: > 0 } folder ? folder : OpenPrepaidDataOptions.DefaultDataFolder,
        };
        var exchange = new MeterExchangeOptions
        {
            MaxParallelChannels = configuration.GetValue(OpenPrepaidWebOptions.MaxParallelChannelsKey, new MeterExchangeOptions().MaxParallelChannels),
            MeterDeadline = TimeSpan.FromSeconds(configuration.GetValue(OpenPrepaidWebOptions.MeterDeadlineSecondsKey, 120)),
        };

        services.AddOpenPrepaidData(dataOptions);
        services.AddOpenPrepaidCore(exchange);
        services.AddSingleton<MeterImporter>();
        services.AddSingleton<JournalSearch>();
        services.AddSingleton<JobRegistry<MeterReadReport>>();
        services.AddSingleton<JobRegistry<ProfileWriteResult>>();

        var demo = DemoOptions.FromConfiguration(configuration);
        services.AddDlmsMeterDriver(MeterDriverConfiguration.Read(configuration, demo.Enabled));
        if (demo.Enabled)
        {
            services.AddSingleton(demo);
            services.AddSingleton<DemoFleet>();
            services.AddSingleton<IDemoFleet>(provider => provider.GetRequiredService<DemoFleet>());
        }

        services.AddHostedService<DemoFleetHostedService>();
        services.AddHostedService<ChargeRecoveryHostedService>();

        AddIdentity(services, OpenPrepaidDatabase.ConnectionStringFor(dataOptions));
        AddLocalization(services);

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<OperatorAccess>();

        services.AddOpenApi(options => options.AddDocumentTransformer(ApiDocument.Describe));
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ApiErrors.DescribeUnhandled);
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<ExceptionHandlerOptions>(options => options.StatusCodeSelector = ApiErrors.StatusOf);
        return builder;
    }

    private static void AddIdentity(IServiceCollection services, string connectionString)
    {
        services.AddIdentityStore(connectionString);
        services.AddSingleton<IInitialPasswordNotice, ConsoleInitialPasswordNotice>();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<OperatorDirectory>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = SelectScheme;
                options.DefaultChallengeScheme = SelectScheme;
                options.DefaultForbidScheme = SelectScheme;
            })
            .AddPolicyScheme(SelectScheme, null, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyService.HeaderName) ? ApiKeyAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        services.AddIdentityCore<OperatorUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Lockout.MaxFailedAccessAttempts = 10;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<IdentityStoreDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<OperatorClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = AccountEndpoints.LoginPath;
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = "OpenPrepaid.Auth";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Events.OnRedirectToLogin = ApiErrors.RedirectToLoginOrUnauthorized;
            options.Events.OnRedirectToAccessDenied = ApiErrors.RedirectToDeniedOrForbidden;
        });

        services.AddAuthorization(Policies.Add);
    }

    private static void AddLocalization(IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture("en");
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
        });
    }
}
