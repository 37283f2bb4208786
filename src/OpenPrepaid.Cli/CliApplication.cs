using System.CommandLine;
using OpenPrepaid.Cli.Commands;
using OpenPrepaid.Cli.Output;

namespace OpenPrepaid.Cli;

/// <summary>
/// The <c>openprepaid</c> command line: the root command, its global options and one command group per file
/// under Commands/. Parse errors exit with 2 before any command runs.
/// </summary>
internal static class CliApplication
{
    /// <summary>How long a command has to stop cleanly after Ctrl+C or SIGTERM before the process ends anyway.</summary>
    private static readonly TimeSpan TerminationTimeout = TimeSpan.FromSeconds(10);

    /// <param name="handleTermination">Turn Ctrl+C, SIGINT and SIGTERM into cancellation; only the real process does.</param>
    public static async Task<int> RunAsync(string[] args, CliContext context, bool handleTermination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);

        var globals = new GlobalOptions(context);
        var root = new RootCommand(context.Messages["RootDescription"]);
        globals.AddTo(root);

        // Each command group adds its commands here.
        root.Subcommands.Add(SimulateCommand.Create(context, globals));
        root.Subcommands.Add(MetersCommand.Create(context, globals));
        root.Subcommands.Add(ReadCommand.Create(context, globals));
        root.Subcommands.Add(ChargeCommand.Create(context, globals));
        root.Subcommands.Add(SettingsCommand.Create(context, globals));
        root.Subcommands.Add(ProfilesCommand.Create(context, globals));
        root.Subcommands.Add(JournalCommand.Create(context, globals));

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await context.Error.WriteLineAsync(error.Message).ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync(context.Messages.Format("ParseErrorHint", CommandPath(parseResult))).ConfigureAwait(false);
            if (args.Contains("--json", StringComparer.Ordinal))
            {
                // A script that asked for JSON gets a document even when the command line itself is wrong.
                var message = string.Join(Environment.NewLine, parseResult.Errors.Select(e => e.Message));
                await JsonOutput.WriteAsync(context.Output, new ErrorDocument(new ErrorDetail("InvalidArguments", message))).ConfigureAwait(false);
            }

            return ExitCodes.InvalidInput;
        }

        var configuration = new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,
            ProcessTerminationTimeout = handleTermination ? TerminationTimeout : null,
        };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns the command line up to the command that failed to parse, such as <c>openprepaid meters add</c>.</summary>
    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Parent is null ? "openprepaid" : result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
