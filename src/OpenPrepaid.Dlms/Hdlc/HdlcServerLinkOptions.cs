namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>Configuration of an <see cref="HdlcServerLink"/>.</summary>
public sealed record HdlcServerLinkOptions
{
    /// <summary>
    /// What this station can do, from its own viewpoint. Each negotiated value is the smaller of this and the
    /// client's proposal. 2030 bytes is the largest information field the HDLC setup object allows.
    /// </summary>
    public HdlcParameters Capability { get; init; } = new(2030, 2030, HdlcParameters.MaxWindowSize, HdlcParameters.MaxWindowSize);

    /// <summary>Largest request MSDU (LLC header and APDU) reassembled; a longer one is rejected with FRMR.</summary>
    public int MaxReceiveSize { get; init; } = 128 * 1024;
}
