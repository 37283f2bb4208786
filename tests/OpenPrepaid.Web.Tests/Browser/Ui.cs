using Microsoft.Playwright;

namespace OpenPrepaid.Web.Tests.Browser;

/// <summary>Browser helpers shared by the console tests.</summary>
public static class Ui
{
    /// <summary>Waits until the page runs over the Blazor circuit, so clicks reach their handlers.</summary>
    public static Task WaitForCircuitAsync(IPage page) =>
        page.WaitForSelectorAsync("#circuit-state[data-interactive=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

    /// <summary>Returns an element's text with no-break and narrow no-break spaces (group separators in Ukrainian) as plain spaces.</summary>
    public static async Task<string> TextAsync(IPage page, string selector)
    {
        var text = await page.Locator(selector).InnerTextAsync();
        return text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Trim();
    }

    public static string Money(string language, string english, string ukrainian) => language == "uk" ? ukrainian : english;
}
