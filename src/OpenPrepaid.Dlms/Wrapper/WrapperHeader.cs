using System.Buffers.Binary;

namespace OpenPrepaid.Dlms.Wrapper;

/// <summary>
/// The 8-byte header of an IEC 62056-47 wrapper PDU; every field is an unsigned 16-bit big-endian integer.
/// <code>
/// offset 0: version (0x0001)
/// offset 2: source wPort (client SAP in requests, server SAP in replies)
/// offset 4: destination wPort
/// offset 6: length of the APDU that follows (0..65535)
/// </code>
/// </summary>
public readonly record struct WrapperHeader(ushort SourcePort, ushort DestinationPort, ushort Length, ushort Version = WrapperHeader.CurrentVersion)
{
    /// <summary>Size of the header in bytes.</summary>
    public const int Size = 8;

    /// <summary>The only version IEC 62056-47 defines.</summary>
    public const ushort CurrentVersion = 0x0001;

    private const int VersionOffset = 0;
    private const int SourcePortOffset = 2;
    private const int DestinationPortOffset = 4;
    private const int LengthOffset = 6;

    /// <summary>Writes the header into the first 8 bytes of <paramref name="destination"/>.</summary>
    public void Write(Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, Size, nameof(destination));
        BinaryPrimitives.WriteUInt16BigEndian(destination[VersionOffset..], Version);
        BinaryPrimitives.WriteUInt16BigEndian(destination[SourcePortOffset..], SourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(destination[DestinationPortOffset..], DestinationPort);
        BinaryPrimitives.WriteUInt16BigEndian(destination[LengthOffset..], Length);
    }

    /// <summary>Reads a header from the first 8 bytes of <paramref name="source"/>; the version is not checked here.</summary>
    public static WrapperHeader Read(ReadOnlySpan<byte> source)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(source.Length, Size, nameof(source));
        return new WrapperHeader(
            BinaryPrimitives.ReadUInt16BigEndian(source[SourcePortOffset..]),
            BinaryPrimitives.ReadUInt16BigEndian(source[DestinationPortOffset..]),
            BinaryPrimitives.ReadUInt16BigEndian(source[LengthOffset..]),
            BinaryPrimitives.ReadUInt16BigEndian(source[VersionOffset..]));
    }
}
