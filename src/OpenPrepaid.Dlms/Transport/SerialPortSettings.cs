using System.IO.Ports;

namespace OpenPrepaid.Dlms.Transport;

/// <summary>Line settings of a serial port; DLMS over HDLC on RS-485 or an optical head commonly runs 9600 baud, 8N1.</summary>
public sealed record SerialPortSettings
{
    /// <summary>The port name, for example "/dev/ttyUSB0" or "COM3".</summary>
    public required string PortName { get; init; }

    public int BaudRate { get; init; } = 9600;

    public Parity Parity { get; init; } = Parity.None;

    public int DataBits { get; init; } = 8;

    public StopBits StopBits { get; init; } = StopBits.One;
}
