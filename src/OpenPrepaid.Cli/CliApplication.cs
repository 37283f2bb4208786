using System.CommandLine;
using OpenPrepaid.Cli.Commands;

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

        var verbose = GlobalOptions.Verbose(context);
        var root = new RootCommand(context.Messages["RootDescription"]);
        root.Options.Add(GlobalOptions.Culture(context));
        root.Options.Add(verbose);

        // Each command group adds its commands here.
        root.Subcommands.Add(SimulateCommand.Create(context, verbose));

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await context.Error.WriteLineAsync(error.Message).ConfigureAwait(false);
            }

            var command = parseResult.CommandResult.Command == root ? "openprepaid" : $"openprepaid {parseResult.CommandResult.Command.Name}";
            await context.Error.WriteLineAsync(context.Messages.Format("ParseErrorHint", command)).ConfigureAwait(false);
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
}
