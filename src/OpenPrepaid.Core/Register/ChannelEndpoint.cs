using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenPrepaid.Core.Register;

/// <summary>Where a meter's byte stream is: a TCP host and port, or a serial port with its baud rate.</summary>
public sealed partial record ChannelEndpoint
{
    private ChannelEndpoint(ChannelKind kind, string? host, int? port, string? serialPortName, int? baudRate)
    {
        Kind = kind;
        Host = host;
        Port = port;
        SerialPortName = serialPortName;
        BaudRate = baudRate;
    }

    public ChannelKind Kind { get; }

    public string? Host { get; }

    public int? Port { get; }

    public string? SerialPortName { get; }

    public int? BaudRate { get; }

    public ChannelIdentity Identity => Kind == ChannelKind.Tcp
        ? new ChannelIdentity(string.Create(CultureInfo.InvariantCulture, $"tcp:{Host!.ToLowerInvariant()}:{Port}"))
        : new ChannelIdentity("serial:" + NormalizePortName(SerialPortName!));

    public static ChannelEndpoint Tcp(string host, int port)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        return new ChannelEndpoint(ChannelKind.Tcp, host.Trim(), port, null, null);
    }

    public static ChannelEndpoint Serial(string portName, int baudRate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(portName);
        return new ChannelEndpoint(ChannelKind.Serial, null, null, portName.Trim(), baudRate);
    }

    public override string ToString() => Kind == ChannelKind.Tcp
        ? string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}")
        : string.Create(CultureInfo.InvariantCulture, $"{SerialPortName} at {BaudRate} baud");

    /// <summary>Windows port names are case-insensitive (<c>com3</c> is <c>COM3</c>); Unix device paths are not.</summary>
    private static string NormalizePortName(string name) =>
        WindowsComPort().IsMatch(name) ? name.ToUpperInvariant() : name;

    [GeneratedRegex("^com[0-9]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WindowsComPort();
}
