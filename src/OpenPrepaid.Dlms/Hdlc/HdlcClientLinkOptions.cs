namespace OpenPrepaid.Dlms.Hdlc;

/// <summary>Configuration of an <see cref="HdlcClientLink"/>.</summary>
public sealed record HdlcClientLinkOptions
{
    /// <summary>The client's own 1-byte address (client SAP).</summary>
    public required HdlcAddress ClientAddress { get; init; }

    /// <summary>The meter's address: upper (logical device) and, on a bus, lower (physical device).</summary>
    public required HdlcAddress ServerAddress { get; init; }

    /// <summary>The parameters proposed in SNRM, from the client's viewpoint. Defaults are sent as a bare SNRM.</summary>
    public HdlcParameters Proposal { get; init; } = HdlcParameters.Default;

    /// <summary>How many times a command is repeated after a response timeout before the link gives up.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>
    /// Drops frames that travel from this client to the meter, which an RS-485 converter or optical head echoes
    /// back, without counting them as unexpected. When false they are still ignored but logged as misdirected.
    /// </summary>
    public bool DropEchoedFrames { get; init; } = true;

    /// <summary>Largest response MSDU (LLC header and APDU) reassembled before the link fails, in bytes.</summary>
    public int MaxReceiveSize { get; init; } = 128 * 1024;
}
