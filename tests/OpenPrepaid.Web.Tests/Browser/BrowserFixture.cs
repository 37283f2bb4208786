using Microsoft.Playwright;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Web.Tests.Support;

namespace OpenPrepaid.Web.Tests.Browser;

/// <summary>
/// One server with six meters (one of which rejects the association) and Debian's Chromium driven by
/// Playwright. The first sign-in as the generated administrator, with its forced password change, happens
/// once here. Each test then starts a fresh browser context with that session's cookies.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string NewAdminPassword = "Console-Test-2026!";
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public WebServerFixture Server { get; } = new();

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The signed-in administrator's cookies, as Playwright storage state.</summary>
    public string StorageState { get; private set; } = string.Empty;

    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public IReadOnlyList<string> Serials { get; } = ["BRW-01", "BRW-02", "BRW-03", "BRW-04", "BRW-05", "BRW-06"];

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's chromium package (apt-get install -y chromium).");
        await Server.InitializeAsync();
        for (var i = 0; i < Serials.Count; i++)
        {
            var meter = await Server.AddMeterAsync(Serials[i], 100m + (i * 10m), memo: $"flat {i + 1}");
            meter.ReadDelay = TimeSpan.FromMilliseconds(300 + (i * 350));
        }

        Server.Fleet[Serials[^1]].Failure = (MeterFailureKind.AssociationRejected, "association rejected: wrong password");
        Server.Fleet[Serials[1]].IgnoresTariff4Price = true;
        Directory.CreateDirectory(ScreenshotFolder);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        StorageState = await SignInFirstTimeAsync();
    }

    /// <summary>Signs in with the one-time password the server published, changes it, and returns the session's storage state.</summary>
    private async Task<string> SignInFirstTimeAsync()
    {
        var (userName, oneTimePassword) = await Server.Factory.PasswordNotice.Published.WaitAsync(TimeSpan.FromSeconds(10));
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/account/login**");
        await Ui.WaitForCircuitAsync(page);
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", oneTimePassword);
        await page.ClickAsync("#sign-in");

        await page.WaitForURLAsync("**/account/change-password**");
        await page.WaitForSelectorAsync("#one-time-notice");
        await Ui.WaitForCircuitAsync(page);
        await page.FillAsync("#currentPassword", oneTimePassword);
        await page.FillAsync("#newPassword", NewAdminPassword);
        await page.FillAsync("#confirmPassword", NewAdminPassword);
        await page.ClickAsync("#change-password");

        await page.WaitForSelectorAsync("#meters-grid");
        await Ui.WaitForCircuitAsync(page);
        return await context.StorageStateAsync();
    }

    public async Task<IPage> OpenAsync(string language, string path = "/")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            StorageState = StorageState,
            ViewportSize = new ViewportSize { Width = 1600, Height = 1100 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await Ui.WaitForCircuitAsync(page);
        if (language == "uk")
        {
            await page.ClickAsync("#lang-uk");
            await page.WaitForSelectorAsync("html[lang=uk]");
            await Ui.WaitForCircuitAsync(page);
        }

        return page;
    }

    public async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Console.WriteLine($"screenshot: {path}");
        return path;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
