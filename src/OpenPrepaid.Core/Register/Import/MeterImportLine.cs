using System.Globalization;
using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Core.Register.Import;

/// <summary>What became of one entry of an import file.</summary>
/// <param name="Position">The line number in a CSV file, or the entry number (from 1) in a JSON file.</param>
public sealed record MeterImportLine(
    int Position,
    string? Serial,
    MeterImportStatus Status,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<RuleViolation> Violations)
{
    /// <summary>Returns every reason the entry was not added, in <paramref name="culture"/>.</summary>
    public IReadOnlyList<string> Describe(CultureInfo culture) =>
        [.. Problems.Select(p => p.Describe(culture)), .. Violations.Select(v => v.Describe(culture))];
}
