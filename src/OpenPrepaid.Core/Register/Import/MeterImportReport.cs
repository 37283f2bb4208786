namespace OpenPrepaid.Core.Register.Import;

/// <summary>The result of an import: one line per entry, or the problem that made the file unreadable.</summary>
public sealed record MeterImportReport(ImportProblem? FileProblem, IReadOnlyList<MeterImportLine> Lines)
{
    public int Added => Lines.Count(l => l.Status == MeterImportStatus.Added);

    public int Updated => Lines.Count(l => l.Status == MeterImportStatus.Updated);

    /// <summary>Entries that were neither added nor updated: unreadable or rejected.</summary>
    public int NotAdded => Lines.Count(l => l.Status is MeterImportStatus.Unreadable or MeterImportStatus.Rejected);
}
