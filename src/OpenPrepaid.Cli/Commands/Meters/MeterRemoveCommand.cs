using System.CommandLine;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Cli.Commands.Meters;

/// <summary><c>meters remove</c>: takes meters and their snapshots out of the register; charges and journal entries stay.</summary>
internal static class MeterRemoveCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var serials = new Argument<string[]>("serial") { Description = context.Messages["MeterSerialsArgument"], Arity = ArgumentArity.OneOrMore };
        var command = new Command("remove", context.Messages["MetersRemoveDescription"]) { serials };
        CommandActions.Set(command, context, globals, async (scope, cancellationToken) =>
        {
            var host = await scope.HostAsync(cancellationToken).ConfigureAwait(false);
            var register = host.Get<MeterRegister>();
            var requested = await MeterLookup.CheckAllAsync(register, scope.Value(serials) ?? [], scope, cancellationToken).ConfigureAwait(false);
            var removed = new List<string>();
            foreach (var serial in requested)
            {
                if (await register.RemoveAsync(serial, cancellationToken).ConfigureAwait(false))
                {
                    removed.Add(serial);
                    await scope.WriteLineAsync(scope.Messages.Format("MeterRemoved", serial)).ConfigureAwait(false);
                }
            }

            if (scope.Json)
            {
                await scope.WriteJsonAsync(new { Removed = removed }).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
