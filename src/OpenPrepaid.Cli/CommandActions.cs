using System.CommandLine;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace OpenPrepaid.Cli;

/// <summary>Runs command handlers in a <see cref="CommandScope"/> and turns their failures into messages and exit codes.</summary>
internal static class CommandActions
{
    public static void Set(Command command, CliContext context, GlobalOptions globals, Func<CommandScope, CancellationToken, Task<int>> action)
    {
        ArgumentNullException.ThrowIfNull(command);

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var scope = new CommandScope(context, globals, parseResult);
            await using (scope.ConfigureAwait(false))
            {
                try
                {
                    return await action(scope, cancellationToken).ConfigureAwait(false);
                }
                catch (CommandFailedException exception)
                {
                    return await scope.FailAsync(exception.ExitCode, exception.Code, exception.Message).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return await scope.FailAsync(ExitCodes.Failure, "Cancelled", context.Messages["Cancelled"]).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is DbException or DbUpdateException)
                {
                    return await scope.FailAsync(ExitCodes.Failure, "DatabaseFailed", context.Messages.Format("DatabaseError", exception.Message))
                        .ConfigureAwait(false);
                }
            }
        });
    }
}
