using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>
/// xDLMS InitiateRequest (tag 0x01), carried in the AARQ user-information. A client-max-receive-pdu-size of 0
/// means "no limit" (values 1..11 are reserved, IEC 62056-5-3 clause 9.3.2).
/// </summary>
public sealed record InitiateRequest(
    Conformance ProposedConformance,
    ushort ClientMaxReceivePduSize,
    byte DlmsVersion = 6,
    byte[]? DedicatedKey = null,
    bool ResponseAllowed = true,
    sbyte? ProposedQualityOfService = null)
{
    public const byte Tag = 0x01;

    public byte[] Encode()
    {
        var writer = new AxdrWriter(32);
        writer.WriteByte(Tag);
        if (DedicatedKey is null)
        {
            writer.WriteByte(0);
        }
        else
        {
            writer.WriteByte(1);
            writer.WriteLengthPrefixed(DedicatedKey);
        }

        // response-allowed has DEFAULT TRUE: the default is sent as "absent".
        if (ResponseAllowed)
        {
            writer.WriteByte(0);
        }
        else
        {
            writer.WriteByte(1);
            writer.WriteByte(0);
        }

        OptionalInteger.Write(writer, ProposedQualityOfService);
        writer.WriteByte(DlmsVersion);
        ConformanceCodec.Write(writer, ProposedConformance);
        writer.WriteUInt16(ClientMaxReceivePduSize);
        return writer.ToArray();
    }

    public static InitiateRequest Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new AxdrReader(bytes);
        var tag = reader.ReadByte();
        if (tag != Tag)
        {
            throw new DlmsProtocolException($"Expected InitiateRequest (0x01), got tag 0x{tag:X2}", 0);
        }

        byte[]? dedicatedKey = null;
        if (reader.ReadByte() != 0)
        {
            dedicatedKey = reader.ReadBytes(reader.ReadCount(1, "Dedicated key"));
        }

        var responseAllowed = true;
        if (reader.ReadByte() != 0)
        {
            responseAllowed = reader.ReadByte() != 0;
        }

        var qualityOfService = OptionalInteger.Read(ref reader);
        var version = reader.ReadByte();
        var conformance = ConformanceCodec.Read(ref reader);
        var maxPdu = reader.ReadUInt16();
        if (!reader.IsAtEnd)
        {
            throw new DlmsProtocolException($"{reader.Remaining} unexpected bytes after the InitiateRequest", reader.Position);
        }

        return new InitiateRequest(conformance, maxPdu, version, dedicatedKey, responseAllowed, qualityOfService);
    }
}
