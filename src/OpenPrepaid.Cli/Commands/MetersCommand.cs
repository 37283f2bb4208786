using System.CommandLine;
using OpenPrepaid.Cli.Commands.Meters;

namespace OpenPrepaid.Cli.Commands;

/// <summary><c>openprepaid meters</c>: the meter register.</summary>
internal static class MetersCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var command = new Command("meters", context.Messages["MetersDescription"]);
        command.Subcommands.Add(MeterListCommand.Create(context, globals));
        command.Subcommands.Add(MeterSaveCommand.CreateAdd(context, globals));
        command.Subcommands.Add(MeterSaveCommand.CreateEdit(context, globals));
        command.Subcommands.Add(MeterRemoveCommand.Create(context, globals));
        command.Subcommands.Add(MeterImportCommand.Create(context, globals));
        return command;
    }
}
