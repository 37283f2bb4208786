namespace OpenPrepaid.Core.Register.Import;

/// <summary>The result of an import: one line per entry, or the problem that made the file unreadable.</summary>
public sealed record MeterImportReport(ImportProblem? FileProblem, IReadOnlyList<MeterImportLine> Lines)
{
    public int Added => Lines.Count(l => l.Status == MeterImportStatus.Added);

    public int NotAdded => Lines.Count(l => l.Status != MeterImportStatus.Added);
}
