using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Cli.Output;

/// <summary>
/// The names of display items on the command line and in JSON: the <see cref="DisplayItems"/> names in kebab case
/// (<c>balance</c>, <c>energy-total</c>, <c>last-top-up</c>, ...), and <c>all</c> for every item.
/// </summary>
internal static class DisplayItemNames
{
    public const string All = "all";

    /// <summary>Every single item with its name, in the order of the enum.</summary>
    public static readonly IReadOnlyList<(DisplayItems Item, string Name)> Items = [.. Enum.GetValues<DisplayItems>()
        .Where(item => item is not (DisplayItems.None or DisplayItems.All))
        .Select(item => (item, KebabCase.Of(item.ToString())))];

    public static IReadOnlyList<string> Names(DisplayItems items) =>
        [.. Items.Where(entry => items.HasFlag(entry.Item)).Select(entry => entry.Name)];

    /// <summary>Parses a comma-separated list; returns null and the first unknown name when one is not an item.</summary>
    public static (DisplayItems? Items, string? Unknown) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var items = DisplayItems.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Equals(All, StringComparison.OrdinalIgnoreCase))
            {
                items |= DisplayItems.All;
                continue;
            }

            var match = Items.FirstOrDefault(entry => entry.Name.Equals(part, StringComparison.OrdinalIgnoreCase));
            if (match.Name is null)
            {
                return (null, part);
            }

            items |= match.Item;
        }

        return (items, null);
    }
}
