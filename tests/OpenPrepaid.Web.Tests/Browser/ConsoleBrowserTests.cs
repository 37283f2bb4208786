using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OpenPrepaid.Web.Tests.Browser;

/// <summary>The console as an operator uses it, in Debian's Chromium, in English and in Ukrainian.</summary>
public sealed class ConsoleBrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly PageWaitForSelectorOptions Long = new() { Timeout = 30_000 };

    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    public async Task ReadAllFillsInStatusesAndBalances(string language)
    {
        var unread = "BRW-NEW-" + language;
        var added = await fixture.Server.AddMeterAsync(unread, 55m);
        added.ReadDelay = TimeSpan.FromMilliseconds(200);
        var page = await fixture.OpenAsync(language);
        var total = await page.Locator(".meter-serial").CountAsync();
        var failing = fixture.Serials[^1];
        Assert.Equal("?", await Ui.TextAsync(page, $".meter-status[data-serial='{unread}']"));
        Assert.Equal("?", await Ui.TextAsync(page, $".meter-balance[data-serial='{unread}']"));

        await page.ClickAsync("#read-all");

        // The meters respond 350 ms apart, so the list is seen part-filled while the read still runs.
        await page.WaitForFunctionAsync(
            "() => { const p = document.querySelector('#read-progress'); return p && p.dataset.running === 'true' && +p.dataset.completed >= 1 && +p.dataset.completed < +p.dataset.total; }",
            null,
            new PageWaitForFunctionOptions { Timeout = 30_000, PollingInterval = 25 });
        Assert.True(await page.Locator(".meter-pending").CountAsync() > 0, "no row was still waiting for its meter while the read ran");
        output.WriteLine(await fixture.ScreenshotAsync(page, $"meters-reading-{language}"));
        await page.WaitForSelectorAsync("#read-progress[data-running=false]", Long);

        Assert.Equal("OK", await Ui.TextAsync(page, $".meter-status[data-serial='{fixture.Serials[0]}']"));
        Assert.Equal(
            language == "uk" ? "асоціацію відхилено" : "association rejected: wrong password",
            await Ui.TextAsync(page, $".meter-status[data-serial='{failing}']"));
        Assert.Equal("?", await Ui.TextAsync(page, $".meter-balance[data-serial='{failing}']"));
        Assert.Equal(
            Ui.Money(language, "140.00 UAH", "140,00 UAH"),
            await Ui.TextAsync(page, $".meter-balance[data-serial='{fixture.Serials[4]}']"));
        Assert.Equal(
            language == "uk" ? "увімкнено" : "connected",
            await Ui.TextAsync(page, $".meter-relay[data-serial='{fixture.Serials[4]}']"));
        Assert.Equal("OK", await Ui.TextAsync(page, $".meter-status[data-serial='{unread}']"));
        Assert.Equal(Ui.Money(language, "55.00 UAH", "55,00 UAH"), await Ui.TextAsync(page, $".meter-balance[data-serial='{unread}']"));
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.GetAttributeAsync("#read-progress", "data-completed"));
        Assert.Contains(
            language == "uk" ? $"Зчитування завершено: {total} з {total}" : $"Read finished: {total} of {total}",
            await Ui.TextAsync(page, "#read-progress-text"));

        await page.ClickAsync($".meter-serial[data-serial='{fixture.Serials[4]}']");
        await page.WaitForSelectorAsync("#prepaid-view[data-serial='BRW-05']");
        Assert.Equal("Connected", await page.GetAttributeAsync("#relay-picture", "data-state"));
        Assert.Equal(Ui.Money(language, "23.5", "23,5"), await Ui.TextAsync(page, "#detail-temperature"));
        output.WriteLine(await fixture.ScreenshotAsync(page, $"meters-read-{language}"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en", "BRW-01", "1,234.56", "1,334.56 UAH")]
    [InlineData("uk", "BRW-03", "1 234,56", "1 354,56 UAH")]
    public async Task ChargeIsConfirmedAndNewBalanceShown(string language, string serial, string amount, string resulting)
    {
        var page = await fixture.OpenAsync(language);
        await page.ClickAsync($".meter-serial[data-serial='{serial}']");
        await page.WaitForSelectorAsync($"#prepaid-view[data-serial='{serial}']");

        await page.ClickAsync("#charge");
        await page.FillAsync("#charge-amount", amount);
        await page.ClickAsync("#charge-prepare");
        await page.WaitForSelectorAsync("#charge-confirmation", Long);

        Assert.Equal(serial, await Ui.TextAsync(page, "#charge-meter"));
        Assert.Equal(Ui.Money(language, "1,234.56 UAH", "1 234,56 UAH"), await Ui.TextAsync(page, "#confirm-amount"));
        Assert.Equal(resulting, await Ui.TextAsync(page, "#confirm-resulting"));
        output.WriteLine(await fixture.ScreenshotAsync(page, $"charge-confirm-{language}"));

        await page.ClickAsync("#charge-confirm");
        await page.WaitForSelectorAsync("#charge-result[data-status=Applied]", Long);
        Assert.Contains(resulting.Replace(" UAH", string.Empty), await Ui.TextAsync(page, "#charge-read-back"));
        output.WriteLine(await fixture.ScreenshotAsync(page, $"charge-result-{language}"));

        await page.ClickAsync("#charge-close");
        await page.WaitForSelectorAsync("#charge-dialog", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        Assert.Equal(resulting, await Ui.TextAsync(page, $".meter-balance[data-serial='{serial}']"));
        Assert.Equal(resulting, await Ui.TextAsync(page, "#prepaid-balance"));
        Assert.Equal(1, fixture.Server.Fleet[serial].TokensApplied);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en", "6000000", "1 to 5,000,000")]
    [InlineData("uk", "6 000 000", "від 1 до 5 000 000")]
    public async Task OutOfRangeAmountShowsRangeMessage(string language, string amount, string range)
    {
        var page = await fixture.OpenAsync(language);
        await page.ClickAsync($".meter-serial[data-serial='{fixture.Serials[2]}']");
        await page.ClickAsync("#charge");

        await page.FillAsync("#charge-amount", amount);
        await page.ClickAsync("#charge-prepare");
        await page.WaitForSelectorAsync("#charge-error", Long);

        Assert.Contains(range, await Ui.TextAsync(page, "#charge-error"));
        Assert.Equal(0, await page.Locator("#charge-confirmation").CountAsync());
        output.WriteLine(await fixture.ScreenshotAsync(page, $"charge-out-of-range-{language}"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en", "Evening tariff", "6.5")]
    [InlineData("uk", "Вечірній тариф", "6,5")]
    public async Task ProfileWriteShowsResultPerMeter(string language, string profileName, string price)
    {
        var page = await fixture.OpenAsync(language);
        foreach (var serial in new[] { fixture.Serials[0], fixture.Serials[1] })
        {
            await page.Locator($"tr:has(.meter-serial[data-serial='{serial}']) input[type=checkbox]").CheckAsync();
        }

        await page.ClickAsync("#configure");
        await page.WaitForSelectorAsync("#config-meters");
        await Ui.WaitForCircuitAsync(page);

        await page.ClickAsync("#profile-add");
        await page.FillAsync("#profile-name", profileName);
        await page.FillAsync("#profile-price-1", price);
        await page.FillAsync("#profile-price-4", language == "uk" ? "1,25" : "1.25");
        await page.ClickAsync("#profile-ok");
        await page.WaitForSelectorAsync("#profile-editor", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });

        await page.ClickAsync("#profile-write");
        await page.WaitForSelectorAsync($".write-result[data-serial='{fixture.Serials[0]}'][data-status=Written]", Long);
        await page.WaitForSelectorAsync($".write-result[data-serial='{fixture.Serials[1]}'][data-status=Incomplete]", Long);

        var mismatch = await Ui.TextAsync(page, $".write-result[data-serial='{fixture.Serials[1]}'] .write-mismatch");
        Assert.Contains(language == "uk" ? "Ціна за тарифом 4" : "Price for tariff 4", mismatch);
        Assert.Contains(language == "uk" ? "1,25" : "1.25", mismatch);
        Assert.Equal(6.5m, fixture.Server.Fleet[fixture.Serials[0]].Settings.Prices!.Tariff1);
        output.WriteLine(await fixture.ScreenshotAsync(page, $"profile-write-{language}"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en", "The user name or the password is wrong")]
    [InlineData("uk", "Неправильне ім’я користувача або пароль")]
    public async Task WrongPasswordIsRefusedWithMessage(string language, string message)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await Ui.WaitForCircuitAsync(page);
        if (language == "uk")
        {
            await page.ClickAsync("#lang-uk");
            await page.WaitForSelectorAsync("html[lang=uk]");
            await Ui.WaitForCircuitAsync(page);
        }

        await page.FillAsync("#userName", "admin");
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("#sign-in");
        await page.WaitForSelectorAsync("#login-error");

        Assert.Contains(message, await Ui.TextAsync(page, "#login-error"));
        output.WriteLine(await fixture.ScreenshotAsync(page, $"sign-in-refused-{language}"));
        await context.CloseAsync();
    }
}
