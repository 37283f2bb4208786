namespace OpenPrepaid.Core.Register.Import;

/// <summary>
/// Adds the meters of an import file to the register one by one, through <see cref="MeterRegister"/> so
/// that every meter passes the same checks and its secrets are encrypted. An entry that fails does not stop
/// the others, and a meter already registered is reported, not changed.
/// </summary>
public sealed class MeterImporter
{
    private readonly MeterRegister _register;

    public MeterImporter(MeterRegister register)
    {
        _register = register;
    }

    public async Task<MeterImportReport> ImportAsync(string content, MeterImportFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);

        var file = MeterImportReader.Read(content, format);
        if (file.FileProblem is { } problem)
        {
            return new MeterImportReport(problem, []);
        }

        var lines = new List<MeterImportLine>(file.Entries.Count);
        foreach (var entry in file.Entries)
        {
            if (entry.Draft is not { } draft)
            {
                lines.Add(new MeterImportLine(entry.Position, entry.Serial, MeterImportStatus.Unreadable, entry.Problems, []));
                continue;
            }

            var result = await _register.AddAsync(draft, cancellationToken).ConfigureAwait(false);
            lines.Add(result.Succeeded
                ? new MeterImportLine(entry.Position, result.Meter!.Serial, MeterImportStatus.Added, [], [])
                : new MeterImportLine(entry.Position, entry.Serial, MeterImportStatus.Rejected, [], result.Violations));
        }

        return new MeterImportReport(null, lines);
    }
}
