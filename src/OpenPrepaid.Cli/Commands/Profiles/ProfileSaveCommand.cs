using System.CommandLine;
using OpenPrepaid.Core.Profiles;

namespace OpenPrepaid.Cli.Commands.Profiles;

/// <summary><c>profiles add</c>, <c>profiles edit</c> and <c>profiles remove</c>. Core validates every field.</summary>
internal static class ProfileSaveCommand
{
    public static Command CreateAdd(CliContext context, GlobalOptions globals)
    {
        var name = new Argument<string>("name") { Description = context.Messages["ProfileNameArgument"] };
        var options = new ProfileOptions(context.Messages);
        var command = new Command("add", context.Messages["ProfilesAddDescription"]) { name };
        options.AddTo(command);
        CommandActions.Set(command, context, globals, async (scope, cancellationToken) =>
        {
            var settings = options.NewSettings(scope);
            var host = await scope.HostAsync(cancellationToken).ConfigureAwait(false);
            var result = await host.Get<ProfileService>().CreateAsync(scope.Value(name)!, settings, cancellationToken).ConfigureAwait(false);
            return await ReportAsync(scope, result, "ProfileAdded").ConfigureAwait(false);
        });
        return command;
    }

    public static Command CreateEdit(CliContext context, GlobalOptions globals)
    {
        var name = new Argument<string>("name") { Description = context.Messages["ProfileNameArgument"] };
        var rename = new Option<string?>("--name") { Description = context.Messages["ProfileRenameOption"], HelpName = "NEW-NAME" };
        var options = new ProfileOptions(context.Messages);
        var command = new Command("edit", context.Messages["ProfilesEditDescription"]) { name, rename };
        options.AddTo(command);
        CommandActions.Set(command, context, globals, async (scope, cancellationToken) =>
        {
            var host = await scope.HostAsync(cancellationToken).ConfigureAwait(false);
            var profiles = host.Get<ProfileService>();
            var profile = await ProfileLookup.FindAsync(profiles, scope.Value(name)!, scope, cancellationToken).ConfigureAwait(false);
            var settings = options.Apply(scope, profile.Settings);
            var newName = scope.Value(rename) ?? profile.Name;
            var result = await profiles.EditAsync(profile.Id, newName, settings, cancellationToken).ConfigureAwait(false);
            return await ReportAsync(scope, result, "ProfileSaved").ConfigureAwait(false);
        });
        return command;
    }

    public static Command CreateRemove(CliContext context, GlobalOptions globals)
    {
        var name = new Argument<string>("name") { Description = context.Messages["ProfileNameArgument"] };
        var command = new Command("remove", context.Messages["ProfilesRemoveDescription"]) { name };
        CommandActions.Set(command, context, globals, async (scope, cancellationToken) =>
        {
            var host = await scope.HostAsync(cancellationToken).ConfigureAwait(false);
            var profiles = host.Get<ProfileService>();
            var profile = await ProfileLookup.FindAsync(profiles, scope.Value(name)!, scope, cancellationToken).ConfigureAwait(false);
            await profiles.RemoveAsync(profile.Id, cancellationToken).ConfigureAwait(false);
            if (scope.Json)
            {
                await scope.WriteJsonAsync(new { Removed = profile.Name, profile.Id }).ConfigureAwait(false);
            }
            else
            {
                await scope.WriteLineAsync(scope.Messages.Format("ProfileRemoved", profile.Name)).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<int> ReportAsync(CommandScope scope, ProfileEditResult result, string messageName)
    {
        if (!result.Succeeded)
        {
            throw Violations.Invalid(result.Violations, scope.Culture);
        }

        if (!scope.Json)
        {
            await scope.WriteLineAsync(scope.Messages.Format(messageName, result.Profile!.Name)).ConfigureAwait(false);
        }

        await ProfileShowCommand.WriteAsync(scope, result.Profile!).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
