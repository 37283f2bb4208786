using System.Globalization;
using Microsoft.Playwright;
using OpenPrepaid.Web.Tests.Support;
using Xunit.Abstractions;

namespace OpenPrepaid.Web.Tests.Browser;

/// <summary>A newcomer's first minute with the demo console in Debian's Chromium: sign in, read all, charge, write a profile.</summary>
public sealed class DemoBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string NewPassword = "Demo-Console-2026!";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly PageWaitForSelectorOptions Long = new() { Timeout = 30_000 };

    private readonly DemoWebFactory _server = new();
    private readonly string _screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(BrowserFixture.ChromiumPath), $"{BrowserFixture.ChromiumPath} is missing: install Debian's chromium package (apt-get install -y chromium).");
        Directory.CreateDirectory(_screenshots);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    [Fact]
    public async Task NewcomerReadsChargesAndWritesProfile()
    {
        var address = _server.Start();
        var fleet = _server.Fleet;
        await using var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            ViewportSize = new ViewportSize { Width = 1600, Height = 1100 },
        });
        var page = await context.NewPageAsync();

        await SignInFirstTimeAsync(page);
        Assert.Equal(25, await page.Locator(".meter-serial").CountAsync());
        Assert.Equal("?", await Ui.TextAsync(page, ".meter-status[data-serial='SIM00001']"));

        // Read all: the dead meter times out, the others show what the simulated meters hold.
        await page.ClickAsync("#read-all");
        await page.WaitForSelectorAsync("#read-progress[data-running=false]", Long);
        var before = fleet["SIM00001"].Meter.Snapshot().Balance / 100m;
        Assert.StartsWith("timed out", await Ui.TextAsync(page, ".meter-status[data-serial='SIM00021']"), StringComparison.Ordinal);
        Assert.Equal("?", await Ui.TextAsync(page, ".meter-balance[data-serial='SIM00021']"));
        Assert.Equal("OK", await Ui.TextAsync(page, ".meter-status[data-serial='SIM00001']"));
        Assert.Equal(Money(before), await Ui.TextAsync(page, ".meter-balance[data-serial='SIM00001']"));
        Assert.Equal("OK", await Ui.TextAsync(page, ".meter-status[data-serial='SIM00014']"));
        await ScreenshotAsync(page, "demo-read-all");

        // Charge 150.00 with the confirmation, and see the balance the meter reports back.
        await page.ClickAsync(".meter-serial[data-serial='SIM00001']");
        await page.WaitForSelectorAsync("#prepaid-view[data-serial='SIM00001']");
        await page.ClickAsync("#charge");
        await page.FillAsync("#charge-amount", "150");
        await page.ClickAsync("#charge-prepare");
        await page.WaitForSelectorAsync("#charge-confirmation", Long);
        Assert.Equal(Money(before), await Ui.TextAsync(page, "#confirm-current"));
        Assert.Equal(Money(before + 150m), await Ui.TextAsync(page, "#confirm-resulting"));
        await ScreenshotAsync(page, "demo-charge-confirm");

        await page.ClickAsync("#charge-confirm");
        await page.WaitForSelectorAsync("#charge-result[data-status=Applied]", Long);
        var after = fleet["SIM00001"].Meter.Snapshot().Balance / 100m;
        Assert.Equal(before + 150m, after);
        Assert.Contains(after.ToString("N2", English), await Ui.TextAsync(page, "#charge-read-back"), StringComparison.Ordinal);
        await ScreenshotAsync(page, "demo-charge-result");
        await page.ClickAsync("#charge-close");
        await page.WaitForSelectorAsync("#charge-dialog", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        Assert.Equal(Money(after), await Ui.TextAsync(page, ".meter-balance[data-serial='SIM00001']"));

        // Write the saved "Night saver" profile to two meters and see each meter's result.
        foreach (var serial in new[] { "SIM00001", "SIM00002" })
        {
            await page.Locator($"tr:has(.meter-serial[data-serial='{serial}']) input[type=checkbox]").CheckAsync();
        }

        await page.ClickAsync("#configure");
        await page.WaitForSelectorAsync("#config-meters");
        await Ui.WaitForCircuitAsync(page);
        await page.ClickAsync("#profile-select");
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "Night saver" }).ClickAsync();
        await page.WaitForSelectorAsync("#config-settings:has-text('Night saver')");
        await page.ClickAsync("#profile-write");
        await page.WaitForSelectorAsync(".write-result[data-serial='SIM00001'][data-status=Written]", Long);
        await page.WaitForSelectorAsync(".write-result[data-serial='SIM00002'][data-status=Written]", Long);
        Assert.Equal(0, await page.Locator("#write-refused").CountAsync());
        await ScreenshotAsync(page, "demo-profile-write");

        foreach (var serial in new[] { "SIM00001", "SIM00002" })
        {
            var state = fleet[serial].Meter.Snapshot();
            Assert.Equal(6_000u, state.PowerLimitWatts);
            Assert.Equal(-5_000L, state.CreditLimit);
            Assert.True(state.NoSwitchOffOnSaturday, $"{serial} still switches off on Saturday");
        }

        Assert.Equal(0u, fleet["SIM00003"].Meter.Snapshot().PowerLimitWatts);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _server.Dispose();
    }

    private static string Money(decimal amount) => amount.ToString("N2", English) + " UAH";

    /// <summary>Signs in as admin with the one-time password the server published and sets a new password, as the console requires.</summary>
    private async Task SignInFirstTimeAsync(IPage page)
    {
        var (userName, oneTimePassword) = await _server.PasswordNotice.Published.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("admin", userName);

        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/account/login**");
        await Ui.WaitForCircuitAsync(page);
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", oneTimePassword);
        await ScreenshotAsync(page, "demo-sign-in");
        await page.ClickAsync("#sign-in");

        await page.WaitForURLAsync("**/account/change-password**");
        await page.WaitForSelectorAsync("#one-time-notice");
        await Ui.WaitForCircuitAsync(page);
        await page.FillAsync("#currentPassword", oneTimePassword);
        await page.FillAsync("#newPassword", NewPassword);
        await page.FillAsync("#confirmPassword", NewPassword);
        await page.ClickAsync("#change-password");

        await page.WaitForSelectorAsync("#meters-grid");
        await Ui.WaitForCircuitAsync(page);
    }

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(_screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }
}
