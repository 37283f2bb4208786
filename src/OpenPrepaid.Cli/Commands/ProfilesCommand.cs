using System.CommandLine;
using OpenPrepaid.Cli.Commands.Profiles;

namespace OpenPrepaid.Cli.Commands;

/// <summary><c>openprepaid profiles</c>: saved prepaid profiles that <c>settings write</c> writes to meters.</summary>
internal static class ProfilesCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var command = new Command("profiles", context.Messages["ProfilesDescription"]);
        command.Subcommands.Add(ProfileShowCommand.CreateList(context, globals));
        command.Subcommands.Add(ProfileShowCommand.CreateShow(context, globals));
        command.Subcommands.Add(ProfileSaveCommand.CreateAdd(context, globals));
        command.Subcommands.Add(ProfileSaveCommand.CreateEdit(context, globals));
        command.Subcommands.Add(ProfileSaveCommand.CreateRemove(context, globals));
        return command;
    }
}
