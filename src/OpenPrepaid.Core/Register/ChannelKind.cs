namespace OpenPrepaid.Core.Register;

/// <summary>How the byte stream to a meter is reached.</summary>
public enum ChannelKind
{
    /// <summary>A TCP connection: the meter's own IEC 62056-47 wrapper port, or a serial-to-TCP converter carrying HDLC.</summary>
    Tcp = 0,

    /// <summary>A local serial port (RS-485, RS-232 or an optical head) carrying HDLC.</summary>
    Serial = 1,
}
