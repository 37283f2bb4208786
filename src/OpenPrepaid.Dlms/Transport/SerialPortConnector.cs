using System.IO.Ports;
using Microsoft.Extensions.Logging;

namespace OpenPrepaid.Dlms.Transport;

/// <summary>Opens serial ports as channels for HDLC, the only DLMS framing used on serial lines.</summary>
public static class SerialPortConnector
{
    /// <summary>
    /// Opens the port and returns its stream as a channel that owns the port. Throws
    /// <see cref="DlmsTransportException"/> when the port does not exist, is in use or rejects the settings.
    /// The port's traffic is added to <paramref name="counter"/> when one is given.
    /// </summary>
    public static StreamChannel Open(SerialPortSettings settings, StreamTrafficCounter? counter = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var port = new SerialPort(settings.PortName, settings.BaudRate, settings.Parity, settings.DataBits, settings.StopBits)
        {
            Handshake = Handshake.None,
        };
        try
        {
            port.Open();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            port.Dispose();
            throw new DlmsTransportException($"Opening serial port {settings.PortName} failed: {exception.Message}", exception);
        }

        return new StreamChannel(port.BaseStream, port, counter);
    }

    /// <summary>Opens the port and an HDLC transport over it; disposing the transport closes the port.</summary>
    public static HdlcTransport OpenHdlc(SerialPortSettings port, HdlcTransportSettings settings, ILogger? logger = null)
    {
        StreamChannel channel = Open(port);
        return new HdlcTransport(channel, settings, logger, ownsChannel: true);
    }
}
