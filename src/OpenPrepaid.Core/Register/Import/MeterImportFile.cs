namespace OpenPrepaid.Core.Register.Import;

/// <summary>The entries of an import file, or the problem that made the whole file unreadable.</summary>
public sealed record MeterImportFile(IReadOnlyList<MeterImportEntry> Entries, ImportProblem? FileProblem)
{
    public static MeterImportFile Unreadable(ImportProblem problem) => new([], problem);
}
