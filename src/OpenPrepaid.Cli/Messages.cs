using System.Globalization;
using System.Resources;

namespace OpenPrepaid.Cli;

/// <summary>The command-line texts in English (Resources/Messages.resx) and Ukrainian (Messages.uk.resx).</summary>
internal sealed class Messages(CultureInfo culture)
{
    private static readonly ResourceManager Resources = new("OpenPrepaid.Cli.Resources.Messages", typeof(Messages).Assembly);

    public CultureInfo Culture { get; } = culture;

    public string this[string name] =>
        Resources.GetString(name, Culture) ?? throw new InvalidOperationException($"The message '{name}' is missing from the resources.");

    public string Format(string name, params object?[] arguments) => string.Format(Culture, this[name], arguments);
}
