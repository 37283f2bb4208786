using System.CommandLine;
using OpenPrepaid.Cli.Output;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Settings;
using Spectre.Console;

namespace OpenPrepaid.Cli.Commands.Profiles;

/// <summary><c>profiles list</c> and <c>profiles show NAME</c>.</summary>
internal static class ProfileShowCommand
{
    public static Command CreateList(CliContext context, GlobalOptions globals)
    {
        var command = new Command("list", context.Messages["ProfilesListDescription"]);
        CommandActions.Set(command, context, globals, async (scope, cancellationToken) =>
        {
            var host = await scope.HostAsync(cancellationToken).ConfigureAwait(false);
            var profiles = await host.Get<ProfileService>().ListAsync(cancellationToken).ConfigureAwait(false);
            if (scope.Json)
            {
                await scope.WriteJsonAsync(profiles.Select(ProfileDocument.From).ToList()).ConfigureAwait(false);
            }
            else if (profiles.Count == 0)
            {
                await scope.WriteLineAsync(scope.Messages["ProfilesEmpty"]).ConfigureAwait(false);
            }
            else
            {
                scope.Context.Console.Write(ListTable(profiles, scope.Messages));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateShow(CliContext context, GlobalOptions globals)
    {
        var name = new Argument<string>("name") { Description = context.Messages["ProfileNameArgument"] };
        var command = new Command("show", context.Messages["ProfilesShowDescription"]) { name };
        CommandActions.Set(command, context, globals, async (scope, cancellationToken) =>
        {
            var host = await scope.HostAsync(cancellationToken).ConfigureAwait(false);
            var profile = await ProfileLookup.FindAsync(host.Get<ProfileService>(), scope.Value(name)!, scope, cancellationToken).ConfigureAwait(false);
            await WriteAsync(scope, profile).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes one profile: its JSON document, or its name and a table of its fields.</summary>
    public static async Task WriteAsync(CommandScope scope, PrepaidProfile profile)
    {
        if (scope.Json)
        {
            await scope.WriteJsonAsync(ProfileDocument.From(profile)).ConfigureAwait(false);
            return;
        }

        await scope.WriteLineAsync(scope.Messages.Format("ProfileTitle", profile.Name)).ConfigureAwait(false);
        scope.Context.Console.Write(SettingsTable(profile.Settings.ToMeterSettings(), scope.Messages));
    }

    /// <summary>Builds a two-column table of every setting field and its value.</summary>
    public static Table SettingsTable(MeterSettings settings, Messages messages)
    {
        var table = new Table().AddColumn(messages["ColumnField"]).AddColumn(messages["ColumnValue"]);
        foreach (var (field, value) in SettingValues.Rows(settings, messages))
        {
            table.AddRow(Markup.Escape(field), Markup.Escape(value));
        }

        return table;
    }

    private static Table ListTable(IReadOnlyList<PrepaidProfile> profiles, Messages messages)
    {
        var table = new Table().AddColumn(messages["ColumnName"]);
        var fields = new[] { SettingField.PriceTariff1, SettingField.PriceTariff2, SettingField.PriceTariff3, SettingField.PriceTariff4, SettingField.PowerLimitKw, SettingField.SwitchOffThreshold };
        foreach (var field in fields)
        {
            table.AddColumn(new TableColumn(Markup.Escape(SettingValues.FieldName(field, messages.Culture))).RightAligned());
        }

        table.AddColumn(Markup.Escape(SettingValues.FieldName(SettingField.DisplayItems, messages.Culture)));
        foreach (var profile in profiles)
        {
            var settings = profile.Settings;
            var cells = new List<string> { Markup.Escape(profile.Name) };
            cells.AddRange(fields.Select(field => Markup.Escape(SettingValues.Format(settings.ValueOf(field), messages))));
            cells.Add(Markup.Escape(SettingValues.Format(settings.Display.Items, messages)));
            table.AddRow([.. cells]);
        }

        return table;
    }
}
