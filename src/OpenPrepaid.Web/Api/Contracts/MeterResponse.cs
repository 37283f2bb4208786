using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Web.Api.Contracts;

/// <summary>A registered meter; secrets are never returned, only whether a password is set.</summary>
public sealed record MeterResponse(
    string Serial,
    string Model,
    string Memo,
    ChannelKind ChannelKind,
    string? Host,
    int? Port,
    string? SerialPort,
    int? BaudRate,
    int? HdlcAddress,
    int LogicalDeviceAddress,
    int ClientSap,
    bool HasPassword,
    long LastTokenSequence)
{
    public static MeterResponse From(Meter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);

        return new MeterResponse(
            meter.Serial, meter.Model, meter.Memo, meter.ChannelKind, meter.Host, meter.Port, meter.SerialPortName, meter.BaudRate,
            meter.HdlcAddress, meter.LogicalDeviceAddress, meter.ClientSap, meter.ProtectedPassword is not null, meter.LastTokenSequence);
    }
}
