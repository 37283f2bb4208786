using System.CommandLine;
using OpenPrepaid.Cli.Commands.Meters;
using OpenPrepaid.Cli.Output;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using Spectre.Console;

namespace OpenPrepaid.Cli.Commands;

/// <summary>
/// <c>openprepaid read --all | read SERIAL...</c>: reads meters, channels in parallel, and shows each meter as it
/// finishes: a progress bar and then a table on a terminal, one line per meter otherwise.
/// </summary>
internal static class ReadCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var messages = context.Messages;
        var serials = new Argument<string[]>("serial") { Description = messages["ReadSerialsArgument"], Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = messages["ReadAllOption"] };
        var command = new Command("read", messages["ReadDescription"]) { serials, all };

        CommandActions.Set(command, context, globals, async (scope, cancellationToken) =>
        {
            var named = scope.Value(serials) ?? [];
            var readAll = scope.Value(all);
            var targetsGiven = (readAll ? 1 : 0) + (named.Length > 0 ? 1 : 0);
            if (targetsGiven != 1)
            {
                throw new CommandFailedException(ExitCodes.InvalidInput, "ReadTargetMissing", scope.Messages["ReadNeedsMeters"]);
            }

            var host = await scope.HostAsync(cancellationToken).ConfigureAwait(false);
            var register = host.Get<MeterRegister>();
            var requested = readAll
                ? (await register.ListAsync(cancellationToken).ConfigureAwait(false)).Select(m => m.Serial).ToList()
                : await MeterLookup.CheckAllAsync(register, named, scope, cancellationToken).ConfigureAwait(false);

            var reports = await ReadAsync(scope, host.Get<ReadService>(), requested, cancellationToken).ConfigureAwait(false);
            var snapshots = reports.Select(r => r.Snapshot).OrderBy(s => s.Serial, StringComparer.Ordinal).ToList();
            await ShowAsync(scope, snapshots, requested.Count == 0).ConfigureAwait(false);
            return snapshots.All(s => s.Status == ReadStatus.Ok) ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    private static async Task<IReadOnlyList<MeterReadReport>> ReadAsync(
        CommandScope scope, ReadService reads, IReadOnlyList<string> serials, CancellationToken cancellationToken)
    {
        var reports = new List<MeterReadReport>();
        if (serials.Count == 0)
        {
            return reports;
        }

        if (scope.ShowsProgress)
        {
            await scope.Context.Console.Progress().AutoClear(true).StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(scope.Messages["ReadProgress"]), maxValue: serials.Count);
                await foreach (var report in reads.ReadAsync(serials, cancellationToken).ConfigureAwait(false))
                {
                    reports.Add(report);
                    task.Increment(1);
                }
            }).ConfigureAwait(false);
            return reports;
        }

        await foreach (var report in reads.ReadAsync(serials, cancellationToken).ConfigureAwait(false))
        {
            reports.Add(report);
            if (!scope.Json)
            {
                await scope.WriteLineAsync(Line(report.Snapshot, scope)).ConfigureAwait(false);
            }
        }

        return reports;
    }

    private static async Task ShowAsync(CommandScope scope, IReadOnlyList<MeterSnapshot> snapshots, bool registerEmpty)
    {
        if (scope.Json)
        {
            await scope.WriteJsonAsync(snapshots.Select(ReadDocument.From).ToList()).ConfigureAwait(false);
            return;
        }

        if (registerEmpty)
        {
            await scope.WriteLineAsync(scope.Messages["MetersEmpty"]).ConfigureAwait(false);
            return;
        }

        if (scope.ShowsProgress)
        {
            scope.Context.Console.Write(Table(snapshots, scope));
        }

        var failed = snapshots.Count(s => s.Status != ReadStatus.Ok);
        await scope.WriteLineAsync(scope.Messages.Format("ReadSummary", snapshots.Count - failed, failed)).ConfigureAwait(false);
    }

    /// <summary>Formats one meter as a plain line, for output that is not a terminal.</summary>
    private static string Line(MeterSnapshot snapshot, CommandScope scope)
    {
        var messages = scope.Messages;
        if (snapshot.Reading is not { } reading)
        {
            return messages.Format("ReadLineFailed", snapshot.Serial, StatusText.Of(snapshot, messages));
        }

        var culture = scope.Culture;
        return messages.Format(
            "ReadLineOk",
            snapshot.Serial,
            StatusText.Of(snapshot, messages),
            Display.Money(reading.Balance, culture),
            reading.Currency ?? string.Empty,
            Display.Money(reading.LastTopUpAmount, culture),
            Display.Time(reading.LastTopUpTime, culture),
            StatusText.Relay(reading.RelayControlState, messages),
            Display.Number(reading.EnergyTotalKwh, culture),
            Display.Number(reading.TemperatureCelsius, culture));
    }

    private static Table Table(IReadOnlyList<MeterSnapshot> snapshots, CommandScope scope)
    {
        var messages = scope.Messages;
        var culture = scope.Culture;
        var table = new Table()
            .AddColumn(messages["ColumnSerial"])
            .AddColumn(messages["ColumnStatus"])
            .AddColumn(new TableColumn(messages["ColumnBalance"]).RightAligned())
            .AddColumn(new TableColumn(messages["ColumnLastTopUp"]).RightAligned())
            .AddColumn(messages["ColumnLastTopUpTime"])
            .AddColumn(messages["ColumnRelay"])
            .AddColumn(new TableColumn(messages["ColumnEnergy"]).RightAligned())
            .AddColumn(new TableColumn(messages["ColumnTemperature"]).RightAligned());
        foreach (var snapshot in snapshots)
        {
            var reading = snapshot.Reading;
            table.AddRow(
                Markup.Escape(snapshot.Serial),
                Markup.Escape(StatusText.Of(snapshot, messages)),
                Markup.Escape(reading is null ? Display.NotRead : Display.Money(reading.Balance, culture)),
                Markup.Escape(reading is null ? Display.NotRead : Display.Money(reading.LastTopUpAmount, culture)),
                Markup.Escape(reading is null ? Display.NotRead : Display.Time(reading.LastTopUpTime, culture)),
                Markup.Escape(reading is null ? Display.NotRead : StatusText.Relay(reading.RelayControlState, messages)),
                Markup.Escape(reading is null ? Display.NotRead : Display.Number(reading.EnergyTotalKwh, culture)),
                Markup.Escape(reading is null ? Display.NotRead : Display.Number(reading.TemperatureCelsius, culture)));
        }

        return table;
    }
}
