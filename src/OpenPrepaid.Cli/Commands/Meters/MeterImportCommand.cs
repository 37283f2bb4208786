using System.CommandLine;
using OpenPrepaid.Cli.Output;
using OpenPrepaid.Core.Register.Import;

namespace OpenPrepaid.Cli.Commands.Meters;

/// <summary>
/// <c>meters import FILE</c>: adds the meters of a simulator fleet file (JSON) or of a CSV file with a header row,
/// and updates the meters already registered unless <c>--add-only</c>. Reports every entry.
/// </summary>
internal static class MeterImportCommand
{
    private static readonly string[] Formats = ["csv", "json"];

    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var messages = context.Messages;
        var file = new Argument<string>("file") { Description = messages["ImportFileArgument"] };
        var format = new Option<string?>("--format") { Description = messages["ImportFormatOption"], HelpName = "csv|json" };
        format.AcceptOnlyFromAmong(Formats);
        var addOnly = new Option<bool>("--add-only") { Description = messages["ImportAddOnlyOption"] };
        var command = new Command("import", messages["MetersImportDescription"]) { file, format, addOnly };

        CommandActions.Set(command, context, globals, async (scope, cancellationToken) =>
        {
            var path = Path.GetFullPath(scope.Value(file)!);
            var content = await ReadAsync(path, scope, cancellationToken).ConfigureAwait(false);
            var chosen = scope.Value(format) switch
            {
                "csv" => MeterImportFormat.Csv,
                "json" => MeterImportFormat.FleetJson,
                _ => MeterImportReader.DetectFormat(path, content),
            };
            var mode = scope.Value(addOnly) ? MeterImportMode.AddOnly : MeterImportMode.AddOrUpdate;

            var host = await scope.HostAsync(cancellationToken).ConfigureAwait(false);
            var report = await host.Get<MeterImporter>().ImportAsync(content, chosen, mode, cancellationToken).ConfigureAwait(false);
            if (report.FileProblem is { } problem)
            {
                throw new CommandFailedException(
                    ExitCodes.InvalidInput, problem.Code.ToString(), scope.Messages.Format("ImportFileUnreadable", path, problem.Describe(scope.Culture)));
            }

            await ShowAsync(scope, path, chosen, report).ConfigureAwait(false);
            return report.NotAdded == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }

    private static async Task<string> ReadAsync(string path, CommandScope scope, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException(ExitCodes.InvalidInput, "FileUnreadable", scope.Messages.Format("FileReadFailed", path, exception.Message), exception);
        }
    }

    private static async Task ShowAsync(CommandScope scope, string path, MeterImportFormat format, MeterImportReport report)
    {
        if (scope.Json)
        {
            var lines = report.Lines
                .Select(l => new ImportLineDocument(l.Position, l.Serial, StatusName(l.Status), l.Describe(scope.Culture)))
                .ToList();
            var name = format == MeterImportFormat.Csv ? "csv" : "json";
            await scope.WriteJsonAsync(new ImportDocument(path, name, report.Added, report.Updated, report.NotAdded, lines)).ConfigureAwait(false);
            return;
        }

        var messages = scope.Messages;
        var positionName = format == MeterImportFormat.Csv ? "ImportLine" : "ImportEntry";
        foreach (var line in report.Lines)
        {
            var where = messages.Format(positionName, line.Position);
            var serial = line.Serial ?? Display.Missing;
            var status = messages[line.Status switch
            {
                MeterImportStatus.Added => "ImportAdded",
                MeterImportStatus.Updated => "ImportUpdated",
                _ => "ImportFailed",
            }];
            var reasons = line.Describe(scope.Culture);
            var text = reasons.Count == 0
                ? messages.Format("ImportLineResult", where, serial, status)
                : messages.Format("ImportLineFailed", where, serial, status, string.Join(" ", reasons));
            await scope.WriteLineAsync(text).ConfigureAwait(false);
        }

        await scope.WriteLineAsync(messages.Format("ImportSummary", report.Added, report.Updated, report.NotAdded)).ConfigureAwait(false);
    }

    /// <summary>Returns the entry's status for scripts: <c>added</c>, <c>updated</c> or <c>failed</c> (unreadable or rejected).</summary>
    private static string StatusName(MeterImportStatus status) => status switch
    {
        MeterImportStatus.Added => "added",
        MeterImportStatus.Updated => "updated",
        _ => "failed",
    };
}
