namespace OpenPrepaid.Core.Register.Import;

/// <summary>
/// Adds the meters of an import file to the register one by one, through <see cref="MeterRegister"/> so
/// that every meter passes the same checks and its secrets are encrypted. An entry that fails does not stop
/// the others. A meter already registered is reported and left unchanged, unless the import runs with
/// <see cref="MeterImportMode.AddOrUpdate"/>.
/// </summary>
public sealed class MeterImporter
{
    private readonly MeterRegister _register;

    public MeterImporter(MeterRegister register)
    {
        _register = register;
    }

    public Task<MeterImportReport> ImportAsync(string content, MeterImportFormat format, CancellationToken cancellationToken) =>
        ImportAsync(content, format, MeterImportMode.AddOnly, cancellationToken);

    public async Task<MeterImportReport> ImportAsync(string content, MeterImportFormat format, MeterImportMode mode, CancellationToken cancellationToken)
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

            lines.Add(await SaveAsync(entry, draft, mode, cancellationToken).ConfigureAwait(false));
        }

        return new MeterImportReport(null, lines);
    }

    private async Task<MeterImportLine> SaveAsync(MeterImportEntry entry, MeterDraft draft, MeterImportMode mode, CancellationToken cancellationToken)
    {
        var serial = draft.Serial.Trim();
        if (mode == MeterImportMode.AddOrUpdate && await _register.FindAsync(serial, cancellationToken).ConfigureAwait(false) is not null)
        {
            var updated = await _register.UpdateAsync(serial, draft, cancellationToken).ConfigureAwait(false);
            return updated.Succeeded
                ? new MeterImportLine(entry.Position, serial, MeterImportStatus.Updated, [], [])
                : new MeterImportLine(entry.Position, entry.Serial, MeterImportStatus.Rejected, [], updated.Violations);
        }

        var added = await _register.AddAsync(draft, cancellationToken).ConfigureAwait(false);
        return added.Succeeded
            ? new MeterImportLine(entry.Position, added.Meter!.Serial, MeterImportStatus.Added, [], [])
            : new MeterImportLine(entry.Position, entry.Serial, MeterImportStatus.Rejected, [], added.Violations);
    }
}
