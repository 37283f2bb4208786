using System.CommandLine;
using OpenPrepaid.Cli.Output;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Cli.Commands.Meters;

/// <summary><c>meters add</c> and <c>meters edit</c>: the register checks the values and encrypts the secrets.</summary>
internal static class MeterSaveCommand
{
    public static Command CreateAdd(CliContext context, GlobalOptions globals)
    {
        var options = new MeterOptions(context.Messages);
        var command = new Command("add", context.Messages["MetersAddDescription"]);
        options.AddTo(command);
        CommandActions.Set(command, context, globals, async (scope, cancellationToken) =>
        {
            var host = await scope.HostAsync(cancellationToken).ConfigureAwait(false);
            var result = await host.Get<MeterRegister>().AddAsync(options.NewDraft(scope), cancellationToken).ConfigureAwait(false);
            return await ReportAsync(scope, result, "MeterAdded").ConfigureAwait(false);
        });
        return command;
    }

    public static Command CreateEdit(CliContext context, GlobalOptions globals)
    {
        var options = new MeterOptions(context.Messages);
        var command = new Command("edit", context.Messages["MetersEditDescription"]);
        options.AddTo(command);
        CommandActions.Set(command, context, globals, async (scope, cancellationToken) =>
        {
            var host = await scope.HostAsync(cancellationToken).ConfigureAwait(false);
            var register = host.Get<MeterRegister>();
            var meter = await MeterLookup.FindAsync(register, scope.Value(options.Serial)!, scope, cancellationToken).ConfigureAwait(false);
            var result = await register.UpdateAsync(meter.Serial, options.EditDraft(scope, meter), cancellationToken).ConfigureAwait(false);
            return await ReportAsync(scope, result, "MeterSaved").ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> ReportAsync(CommandScope scope, MeterRegisterResult result, string messageName)
    {
        if (!result.Succeeded)
        {
            throw Violations.Invalid(result.Violations, scope.Culture);
        }

        var meter = result.Meter!;
        if (scope.Json)
        {
            await scope.WriteJsonAsync(MeterDocument.From(meter, null)).ConfigureAwait(false);
        }
        else
        {
            await scope.WriteLineAsync(scope.Messages.Format(messageName, meter.Serial, MeterListCommand.Channel(meter, scope.Messages))).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
