namespace OpenPrepaid.Core.Register;

/// <summary>
/// The identity of one byte stream. Meters with equal identities share a line (an RS-485 bus behind a
/// converter or a serial port) and must be read one after another over one connection.
/// </summary>
/// <param name="Key"><c>tcp:host:port</c> with the host in lower case, or <c>serial:port-name</c>.</param>
public readonly record struct ChannelIdentity(string Key)
{
    public override string ToString() => Key;
}
