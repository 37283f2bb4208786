using System.CommandLine;
using System.Globalization;
using OpenPrepaid.Cli.Commands.Journal;
using OpenPrepaid.Cli.Output;
using OpenPrepaid.Core.Journal;
using Spectre.Console;

namespace OpenPrepaid.Cli.Commands;

/// <summary><c>openprepaid journal [SERIAL]</c>: charges and settings writes, newest first, filtered by meter, time and kind.</summary>
internal static class JournalCommand
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = JournalQuery.MaxLimit;

    /// <summary>The <c>--kind</c> value that stands for every charge kind.</summary>
    public const string ChargeGroup = "charge";

    /// <summary>ISO 8601 forms, tried before the culture's own, so that a date is never read month-first by accident.</summary>
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ",
    ];

    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var messages = context.Messages;
        var serial = new Argument<string?>("serial") { Description = messages["JournalSerialArgument"], Arity = ArgumentArity.ZeroOrOne };
        var from = new Option<string?>("--from") { Description = messages["JournalFromOption"], HelpName = "TIME" };
        var to = new Option<string?>("--to") { Description = messages["JournalToOption"], HelpName = "TIME" };
        var kind = new Option<string[]>("--kind") { Description = messages.Format("JournalKindOption", string.Join(", ", KindNames()), ChargeGroup), HelpName = "KIND,..." };
        var limit = new Option<int>("--limit") { Description = messages.Format("JournalLimitOption", MaxLimit), HelpName = "N", DefaultValueFactory = _ => DefaultLimit };
        var command = new Command("journal", messages["JournalDescription"]) { serial, from, to, kind, limit };

        CommandActions.Set(command, context, globals, async (scope, cancellationToken) =>
        {
            var count = scope.Value(limit);
            if (count is < 1 or > MaxLimit)
            {
                throw new CommandFailedException(ExitCodes.InvalidInput, "LimitOutOfRange", scope.Messages.Format("JournalLimitInvalid", MaxLimit, count));
            }

            var start = ParseTime(scope, "--from", scope.Value(from), endOfDay: false);
            var end = ParseTime(scope, "--to", scope.Value(to), endOfDay: true);
            if (start is not null && end is not null && start >= end)
            {
                throw new CommandFailedException(ExitCodes.InvalidInput, "TimeRangeEmpty", scope.Messages["JournalRangeEmpty"]);
            }

            var filter = new JournalFilter(scope.Value(serial)?.Trim(), ParseKinds(scope, scope.Value(kind) ?? []), start, end, count);
            var host = await scope.HostAsync(cancellationToken).ConfigureAwait(false);
            var entries = await JournalQueries.FindAsync(host.Get<IJournal>(), filter, cancellationToken).ConfigureAwait(false);
            await ShowAsync(scope, entries).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task ShowAsync(CommandScope scope, IReadOnlyList<JournalEntry> entries)
    {
        if (scope.Json)
        {
            await scope.WriteJsonAsync(entries.Select(JournalDocument.From).ToList()).ConfigureAwait(false);
            return;
        }

        if (entries.Count == 0)
        {
            await scope.WriteLineAsync(scope.Messages["JournalEmpty"]).ConfigureAwait(false);
            return;
        }

        var messages = scope.Messages;
        var culture = scope.Culture;
        var table = new Table()
            .AddColumn(messages["ColumnTime"])
            .AddColumn(messages["ColumnOperator"])
            .AddColumn(messages["ColumnSerial"])
            .AddColumn(messages["ColumnKind"])
            .AddColumn(messages["ColumnRequest"])
            .AddColumn(messages["ColumnResponse"])
            .AddColumn(new TableColumn(messages["ColumnBalanceBefore"]).RightAligned())
            .AddColumn(new TableColumn(messages["ColumnBalanceAfter"]).RightAligned());
        foreach (var entry in entries)
        {
            table.AddRow(
                Markup.Escape(Display.Time(entry.At, culture)),
                Markup.Escape(entry.Operator),
                Markup.Escape(entry.MeterSerial),
                Markup.Escape(messages["Kind" + entry.Kind]),
                Markup.Escape(entry.Request),
                Markup.Escape(entry.Response ?? Display.Missing),
                Markup.Escape(Display.Money(entry.BalanceBefore, culture)),
                Markup.Escape(Display.Money(entry.BalanceAfter, culture)));
        }

        scope.Context.Console.Write(table);
    }

    /// <summary>
    /// Reads a time as ISO 8601 (<c>2025-03-31</c>, <c>2025-03-31T14:00</c>, with or without an offset) or in the
    /// culture's own form, in local time when no offset is given. A date alone as <c>--to</c> includes that whole day.
    /// </summary>
    private static DateTimeOffset? ParseTime(CommandScope scope, string option, string? text, bool endOfDay)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        const DateTimeStyles Styles = DateTimeStyles.AssumeLocal | DateTimeStyles.AllowWhiteSpaces;
        if (!DateTimeOffset.TryParseExact(trimmed, IsoFormats, CultureInfo.InvariantCulture, Styles, out var time)
            && !DateTimeOffset.TryParse(trimmed, scope.Culture, Styles, out time))
        {
            throw new CommandFailedException(ExitCodes.InvalidInput, "TimeInvalid", scope.Messages.Format("JournalTimeInvalid", option, trimmed));
        }

        var dateOnly = !trimmed.Contains(':', StringComparison.Ordinal);
        return endOfDay && dateOnly ? time.AddDays(1) : time;
    }

    /// <summary>Reads <c>--kind</c> values, repeated or comma-separated, as kebab-case or camelCase kind names.</summary>
    private static HashSet<JournalEntryKind> ParseKinds(CommandScope scope, IEnumerable<string> values)
    {
        var kinds = new HashSet<JournalEntryKind>();
        foreach (var value in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (value.Equals(ChargeGroup, StringComparison.OrdinalIgnoreCase))
            {
                kinds.UnionWith(Enum.GetValues<JournalEntryKind>().Where(k => k != JournalEntryKind.SettingsWrite));
                continue;
            }

            var key = value.Replace("-", string.Empty, StringComparison.Ordinal);
            if (!key.All(char.IsAsciiLetter) || !Enum.TryParse<JournalEntryKind>(key, ignoreCase: true, out var kind))
            {
                var accepted = string.Join(", ", KindNames()) + ", " + ChargeGroup;
                throw new CommandFailedException(ExitCodes.InvalidInput, "KindUnknown", scope.Messages.Format("JournalKindUnknown", value, accepted));
            }

            kinds.Add(kind);
        }

        return kinds;
    }

    /// <summary>Lists every kind as written on the command line: <c>charge-applied</c>, <c>settings-write</c>, ...</summary>
    private static IEnumerable<string> KindNames() => Enum.GetValues<JournalEntryKind>().Select(kind => KebabCase.Of(kind.ToString()));
}
