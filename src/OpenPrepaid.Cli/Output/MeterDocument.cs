using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Cli.Output;

/// <summary>A meter of the register in <c>--json</c> output, with its latest read; never its password or token key.</summary>
/// <param name="Channel">Where the meter is reached: <c>host:port</c>, or <c>port at N baud</c> for a serial line.</param>
/// <param name="Status">"OK", "?" (never read) or the error of the latest read in words.</param>
internal sealed record MeterDocument(
    string Serial,
    string Model,
    string Memo,
    string Channel,
    string? Host,
    int? Port,
    string? SerialPort,
    int? BaudRate,
    int? HdlcAddress,
    int LogicalDeviceAddress,
    int ClientSap,
    bool HasPassword,
    string Status,
    decimal? Balance,
    DateTimeOffset? ReadAt)
{
    public static MeterDocument From(Meter meter, MeterSnapshot? latest) => new(
        meter.Serial,
        meter.Model,
        meter.Memo,
        meter.Channel.ToString(),
        meter.Host,
        meter.Port,
        meter.SerialPortName,
        meter.BaudRate,
        meter.HdlcAddress,
        meter.LogicalDeviceAddress,
        meter.ClientSap,
        meter.ProtectedPassword is not null,
        latest is null ? Display.NotRead : StatusText.Invariant(latest),
        latest?.Reading?.Balance,
        latest?.ReadAt);
}
