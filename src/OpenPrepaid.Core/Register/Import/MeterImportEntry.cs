namespace OpenPrepaid.Core.Register.Import;

/// <summary>One meter read from an import file: the values to register, or the problems that prevent it.</summary>
/// <param name="Position">The line number in a CSV file, or the entry number (from 1) in a JSON file.</param>
/// <param name="Serial">The serial number as written in the file, when the entry has one.</param>
/// <param name="Draft">The meter to register, or null when <paramref name="Problems"/> is not empty.</param>
public sealed record MeterImportEntry(int Position, string? Serial, MeterDraft? Draft, IReadOnlyList<ImportProblem> Problems);
