namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>
/// The LLC header (IEC 62056-46 clause 5.3, LSAP 0xE6 for DLMS) that precedes an APDU in the first segment of
/// an I or UI frame: destination LSAP, source LSAP, quality. Not used over the TCP wrapper.
/// </summary>
public static class HdlcLlc
{
    public const int Size = 3;

    private const byte DlmsLsap = 0xE6;
    private const byte BroadcastLsap = 0xFF;

    /// <summary>Header of a command from the client: <c>E6 E6 00</c>.</summary>
    public static ReadOnlySpan<byte> Command => [0xE6, 0xE6, 0x00];

    /// <summary>Header of a response from the server: <c>E6 E7 00</c> (the LSB of the source LSAP marks a response).</summary>
    public static ReadOnlySpan<byte> Response => [0xE6, 0xE7, 0x00];

    /// <summary>
    /// Returns true when <paramref name="msdu"/> starts with a client's LLC header. The destination LSAP may be
    /// the broadcast value 0xFF, which a server must accept but never sends.
    /// </summary>
    public static bool IsCommand(ReadOnlySpan<byte> msdu) =>
        msdu.Length >= Size && msdu[0] is DlmsLsap or BroadcastLsap && msdu[1] == DlmsLsap;

    /// <summary>Returns true when <paramref name="msdu"/> starts with a server's LLC header.</summary>
    public static bool IsResponse(ReadOnlySpan<byte> msdu) =>
        msdu.Length >= Size && msdu[0] == DlmsLsap && msdu[1] == (DlmsLsap | 0x01);
}
