using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>xDLMS InitiateResponse (tag 0x08), carried in the AARE user-information.</summary>
public sealed record InitiateResponse(
    Conformance NegotiatedConformance,
    ushort ServerMaxReceivePduSize,
    byte DlmsVersion = 6,
    ushort VaaName = InitiateResponse.LogicalNameVaaName,
    sbyte? NegotiatedQualityOfService = null)
{
    public const byte Tag = 0x08;

    /// <summary>The vaa-name a logical-name server sends (0x0007; short-name servers send 0xFA00).</summary>
    public const ushort LogicalNameVaaName = 0x0007;

    public byte[] Encode()
    {
        var writer = new AxdrWriter(16);
        writer.WriteByte(Tag);
        OptionalInteger.Write(writer, NegotiatedQualityOfService);
        writer.WriteByte(DlmsVersion);
        ConformanceCodec.Write(writer, NegotiatedConformance);
        writer.WriteUInt16(ServerMaxReceivePduSize);
        writer.WriteUInt16(VaaName);
        return writer.ToArray();
    }

    public static InitiateResponse Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new AxdrReader(bytes);
        var tag = reader.ReadByte();
        if (tag != Tag)
        {
            throw new DlmsProtocolException($"Expected InitiateResponse (0x08), got tag 0x{tag:X2}", 0);
        }

        var qualityOfService = OptionalInteger.Read(ref reader);
        var version = reader.ReadByte();
        var conformance = ConformanceCodec.Read(ref reader);
        var maxPdu = reader.ReadUInt16();
        var vaaName = reader.ReadUInt16();
        if (!reader.IsAtEnd)
        {
            throw new DlmsProtocolException($"{reader.Remaining} unexpected bytes after the InitiateResponse", reader.Position);
        }

        return new InitiateResponse(conformance, maxPdu, version, vaaName, qualityOfService);
    }
}
