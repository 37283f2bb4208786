namespace OpenPrepaid.Dlms.Wrapper;

/// <summary>One IEC 62056-47 wrapper PDU: the header's ports and the APDU (no LLC header, no HDLC).</summary>
public sealed class WrapperPdu
{
    public WrapperPdu(ushort sourcePort, ushort destinationPort, ReadOnlyMemory<byte> apdu)
    {
        if (apdu.Length > ushort.MaxValue)
        {
            throw new ArgumentException($"A wrapper PDU carries at most {ushort.MaxValue} APDU bytes; this APDU has {apdu.Length}.", nameof(apdu));
        }

        SourcePort = sourcePort;
        DestinationPort = destinationPort;
        Apdu = apdu;
    }

    public ushort SourcePort { get; }

    public ushort DestinationPort { get; }

    public ReadOnlyMemory<byte> Apdu { get; }

    /// <summary>Encodes the header and the APDU.</summary>
    public byte[] Encode()
    {
        var buffer = new byte[WrapperHeader.Size + Apdu.Length];
        new WrapperHeader(SourcePort, DestinationPort, (ushort)Apdu.Length).Write(buffer);
        Apdu.Span.CopyTo(buffer.AsSpan(WrapperHeader.Size));
        return buffer;
    }

    public override string ToString() => $"wPort {SourcePort}->{DestinationPort} length={Apdu.Length}";
}
