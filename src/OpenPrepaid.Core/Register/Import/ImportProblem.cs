using System.Globalization;
using System.Resources;

namespace OpenPrepaid.Core.Register.Import;

/// <summary>A problem found while reading an import file, described on demand in the operator's culture.</summary>
public sealed class ImportProblem
{
    private static readonly ResourceManager Resources =
        new("OpenPrepaid.Core.Register.Import.ImportMessages", typeof(ImportProblem).Assembly);

    public ImportProblem(ImportProblemCode code, params object[] arguments)
    {
        Code = code;
        Arguments = arguments;
    }

    public ImportProblemCode Code { get; }

    /// <summary>Values substituted into the message, in the order of its placeholders.</summary>
    public IReadOnlyList<object> Arguments { get; }

    /// <exception cref="InvalidOperationException">The resources have no text for <see cref="Code"/>.</exception>
    public string Describe(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);

        var template = Resources.GetString(Code.ToString(), culture)
            ?? throw new InvalidOperationException($"The ImportMessages resources have no text named '{Code}'.");
        return string.Format(culture, template, [.. Arguments]);
    }

    public override string ToString() => Describe(CultureInfo.InvariantCulture);
}
