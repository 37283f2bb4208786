using System.CommandLine;
using OpenPrepaid.Cli.Output;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using Spectre.Console;

namespace OpenPrepaid.Cli.Commands.Meters;

/// <summary><c>meters list</c>: every registered meter with the status and balance of its latest read.</summary>
internal static class MeterListCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var command = new Command("list", context.Messages["MetersListDescription"]);
        CommandActions.Set(command, context, globals, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CommandScope scope, CancellationToken cancellationToken)
    {
        var host = await scope.HostAsync(cancellationToken).ConfigureAwait(false);
        var meters = await host.Get<MeterRegister>().ListAsync(cancellationToken).ConfigureAwait(false);
        var latest = await host.Get<ISnapshotStore>().GetLatestAllAsync(cancellationToken).ConfigureAwait(false);

        if (scope.Json)
        {
            await scope.WriteJsonAsync(meters.Select(m => MeterDocument.From(m, latest.GetValueOrDefault(m.Serial))).ToList()).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        if (meters.Count == 0)
        {
            await scope.WriteLineAsync(scope.Messages["MetersEmpty"]).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var messages = scope.Messages;
        var table = new Table()
            .AddColumn(messages["ColumnSerial"])
            .AddColumn(messages["ColumnModel"])
            .AddColumn(messages["ColumnMemo"])
            .AddColumn(messages["ColumnChannel"])
            .AddColumn(messages["ColumnStatus"])
            .AddColumn(new TableColumn(messages["ColumnBalance"]).RightAligned())
            .AddColumn(messages["ColumnReadAt"]);
        foreach (var meter in meters)
        {
            var snapshot = latest.GetValueOrDefault(meter.Serial);
            table.AddRow(
                Markup.Escape(meter.Serial),
                Markup.Escape(meter.Model),
                Markup.Escape(meter.Memo),
                Markup.Escape(Channel(meter, scope.Messages)),
                Markup.Escape(StatusText.Of(snapshot, messages)),
                snapshot is null ? Display.NotRead : Markup.Escape(Display.Money(snapshot.Reading?.Balance, scope.Culture)),
                snapshot is null ? Display.NotRead : Markup.Escape(Display.Time(snapshot.ReadAt, scope.Culture)));
        }

        scope.Context.Console.Write(table);
        return ExitCodes.Success;
    }

    /// <summary>Describes the meter's channel, with its HDLC address when the meter is on a shared line.</summary>
    public static string Channel(Meter meter, Messages messages) => meter.HdlcAddress is { } address
        ? messages.Format("ChannelWithHdlcAddress", meter.Channel, address)
        : meter.Channel.ToString();
}
