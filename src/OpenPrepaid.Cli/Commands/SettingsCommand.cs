using System.CommandLine;
using OpenPrepaid.Cli.Commands.Meters;
using OpenPrepaid.Cli.Commands.Profiles;
using OpenPrepaid.Cli.Output;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Cli.Commands;

/// <summary>
/// <c>openprepaid settings read SERIAL</c> shows the prepaid settings in a meter; <c>settings write --profile NAME
/// SERIAL...</c> writes a saved profile to meters, reads the settings back and reports each meter field by field.
/// </summary>
internal static class SettingsCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var command = new Command("settings", context.Messages["SettingsDescription"]);
        command.Subcommands.Add(CreateRead(context, globals));
        command.Subcommands.Add(CreateWrite(context, globals));
        return command;
    }

    private static Command CreateRead(CliContext context, GlobalOptions globals)
    {
        var serial = new Argument<string>("serial") { Description = context.Messages["MeterSerialArgument"] };
        var command = new Command("read", context.Messages["SettingsReadDescription"]) { serial };
        CommandActions.Set(command, context, globals, async (scope, cancellationToken) =>
        {
            var host = await scope.HostAsync(cancellationToken).ConfigureAwait(false);
            var meter = await MeterLookup.FindAsync(host.Get<MeterRegister>(), scope.Value(serial)!, scope, cancellationToken).ConfigureAwait(false);
            var (settings, error) = await host.Get<ProfileService>().ReadMeterSettingsAsync(meter.Serial, cancellationToken).ConfigureAwait(false);

            if (scope.Json)
            {
                var document = new SettingsReadDocument(meter.Serial, error ?? "OK", settings is null ? null : SettingsDocument.From(settings));
                await scope.WriteJsonAsync(document).ConfigureAwait(false);
                return settings is null ? ExitCodes.Failure : ExitCodes.Success;
            }

            if (settings is null)
            {
                await scope.Context.Error.WriteLineAsync(scope.Messages.Format("SettingsReadFailed", meter.Serial, error)).ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            await scope.WriteLineAsync(scope.Messages.Format("SettingsInMeter", meter.Serial)).ConfigureAwait(false);
            scope.Context.Console.Write(ProfileShowCommand.SettingsTable(settings, scope.Messages));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateWrite(CliContext context, GlobalOptions globals)
    {
        var messages = context.Messages;
        var serials = new Argument<string[]>("serial") { Description = messages["MeterSerialsArgument"], Arity = ArgumentArity.OneOrMore };
        var profileName = new Option<string>("--profile") { Description = messages["SettingsProfileOption"], HelpName = "NAME", Required = true };
        var operatorName = new Option<string?>("--operator") { Description = messages["OperatorOption"], HelpName = "NAME" };
        var command = new Command("write", messages["SettingsWriteDescription"]) { serials, profileName, operatorName };
        CommandActions.Set(command, context, globals, async (scope, cancellationToken) =>
        {
            var operatorText = scope.OperatorName(scope.Value(operatorName));
            var host = await scope.HostAsync(cancellationToken).ConfigureAwait(false);
            var profiles = host.Get<ProfileService>();
            var profile = await ProfileLookup.FindAsync(profiles, scope.Value(profileName)!, scope, cancellationToken).ConfigureAwait(false);
            var targets = await MeterLookup.CheckAllAsync(host.Get<MeterRegister>(), scope.Value(serials) ?? [], scope, cancellationToken).ConfigureAwait(false);

            var progress = new ImmediateProgress<ProfileWriteResult>(result =>
            {
                if (!scope.Json)
                {
                    foreach (var line in Describe(result, scope.Messages))
                    {
                        scope.Context.Output.WriteLine(line);
                    }
                }
            });
            var batch = await profiles.WriteAsync(ProfileChoice.Of(profile), targets, operatorText, scope.Culture, progress, cancellationToken)
                .ConfigureAwait(false);
            if (batch.Violation is { } violation)
            {
                throw Violations.Invalid(violation, scope.Culture);
            }

            var results = batch.Results.OrderBy(r => r.Serial, StringComparer.Ordinal).ToList();
            if (scope.Json)
            {
                await scope.WriteJsonAsync(results.Select(r => SettingsWriteDocument.From(r, profile.Name)).ToList()).ConfigureAwait(false);
            }
            else
            {
                var written = results.Count(r => r.Status == ProfileWriteStatus.Written);
                await scope.WriteLineAsync(scope.Messages.Format("WriteSummary", profile.Name, written, results.Count - written)).ConfigureAwait(false);
            }

            return results.All(r => r.Status == ProfileWriteStatus.Written) ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>Describes a meter's result: a first line with its status, then one indented line per field that did not go as sent.</summary>
    private static IEnumerable<string> Describe(ProfileWriteResult result, Messages messages)
    {
        switch (result.Status)
        {
            case ProfileWriteStatus.Written:
                yield return messages.Format("WriteWritten", result.Serial, result.FieldResults.Count);
                yield break;
            case ProfileWriteStatus.Failed:
                yield return messages.Format("WriteFailed", result.Serial, StatusText.Error(result.Error ?? string.Empty, result.FailureKind, messages));
                yield break;
        }

        yield return messages.Format("WriteIncomplete", result.Serial);
        foreach (var field in result.FieldResults.Where(f => f.Outcome != SettingWriteOutcome.Written))
        {
            var name = SettingValues.FieldName(field.Field, messages.Culture);
            yield return field.Outcome == SettingWriteOutcome.Rejected
                ? messages.Format("WriteFieldRejected", name, field.Detail ?? string.Empty)
                : messages.Format("WriteFieldNotSupported", name);
        }

        foreach (var mismatch in result.Mismatches)
        {
            var name = SettingValues.FieldName(mismatch.Field, messages.Culture);
            yield return messages.Format("WriteFieldMismatch", name, SettingValues.Format(mismatch.Actual, messages), SettingValues.Format(mismatch.Expected, messages));
        }

        if (result.Error is { Length: > 0 } error)
        {
            yield return "  " + StatusText.Error(error, result.FailureKind ?? MeterFailureKind.Other, messages);
        }
    }
}
