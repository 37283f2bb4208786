using OpenPrepaid.Dlms.Hdlc;

namespace OpenPrepaid.Dlms.Transport;

/// <summary>Addresses, proposed link parameters and timing of an <see cref="HdlcTransport"/>.</summary>
public sealed record HdlcTransportSettings
{
    /// <summary>Client address (client SAP), 0..127; 16 is the public client.</summary>
    public int ClientAddress { get; init; } = 16;

    /// <summary>Upper HDLC address of the meter (logical device); 1 is the management logical device.</summary>
    public int ServerUpperAddress { get; init; } = 1;

    /// <summary>Lower HDLC address (physical device) that selects the meter on a bus; null for a 1-byte address.</summary>
    public int? ServerLowerAddress { get; init; }

    /// <summary>
    /// Size of the server address field: 1, 2 or 4 bytes; 0 chooses 1 without a lower address, 2 when both parts
    /// fit in 7 bits and 4 otherwise. A meter discards frames whose address size differs from its configuration.
    /// </summary>
    public int ServerAddressSize { get; init; }

    /// <summary>Largest information field the client proposes to send, in bytes (128 when not negotiated).</summary>
    public int MaxInformationFieldLengthTransmit { get; init; } = HdlcParameters.DefaultMaxInformationFieldLength;

    /// <summary>Largest information field the client proposes to receive, in bytes.</summary>
    public int MaxInformationFieldLengthReceive { get; init; } = HdlcParameters.DefaultMaxInformationFieldLength;

    /// <summary>Frames the client proposes to send before waiting for an acknowledgement (1..7).</summary>
    public int WindowSizeTransmit { get; init; } = HdlcParameters.DefaultWindowSize;

    /// <summary>Frames the client proposes to accept before acknowledging (1..7).</summary>
    public int WindowSizeReceive { get; init; } = HdlcParameters.DefaultWindowSize;

    /// <summary>
    /// How long to wait for each frame of link setup, DISC and request acknowledgements before repeating the
    /// command. During <see cref="IDlmsTransport.ReceiveAsync"/> the timeout given to that call applies to each
    /// frame instead. A reply's end comes from its length field and S bit, never from a silence, so a meter
    /// that pauses between frames for less than this is read whole.
    /// </summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many times a command is repeated after a timeout before the exchange fails.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>Drop the client's own frames read back from the line (RS-485 converters and optical heads echo).</summary>
    public bool DropEchoedFrames { get; init; } = true;

    /// <summary>Largest response (LLC header and APDU) accepted, in bytes.</summary>
    public int MaxReceiveSize { get; init; } = 128 * 1024;

    /// <summary>Clock for the response timer; tests substitute a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The client address as an HDLC address field.</summary>
    public HdlcAddress ClientHdlcAddress => HdlcAddress.Client(ClientAddress);

    /// <summary>The meter's address as an HDLC address field, with the size that <see cref="ServerAddressSize"/> selects.</summary>
    public HdlcAddress ServerHdlcAddress
    {
        get
        {
            if (ServerLowerAddress is not int lower)
            {
                return ServerAddressSize is 0 or 1
                    ? HdlcAddress.Server(ServerUpperAddress)
                    : throw new InvalidOperationException($"A {ServerAddressSize}-byte server address needs ServerLowerAddress.");
            }

            int size = ServerAddressSize switch
            {
                0 => ServerUpperAddress <= HdlcAddress.MaxSevenBitValue && lower <= HdlcAddress.MaxSevenBitValue ? 2 : 4,
                2 or 4 => ServerAddressSize,
                _ => throw new InvalidOperationException($"A server address with a lower part is 2 or 4 bytes long, not {ServerAddressSize}."),
            };
            return HdlcAddress.Server(ServerUpperAddress, lower, size);
        }
    }

    internal HdlcClientLinkOptions ToLinkOptions()
    {
        if (ResponseTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"ResponseTimeout must be positive; it is {ResponseTimeout}.");
        }

        var proposal = new HdlcParameters(MaxInformationFieldLengthTransmit, MaxInformationFieldLengthReceive, WindowSizeTransmit, WindowSizeReceive);
        if (!proposal.IsUsable)
        {
            throw new InvalidOperationException($"The proposed HDLC parameters are not usable: {proposal}. Lengths must be at least 1 byte and windows 1 to 7.");
        }

        return new HdlcClientLinkOptions
        {
            ClientAddress = ClientHdlcAddress,
            ServerAddress = ServerHdlcAddress,
            Proposal = proposal,
            MaxRetries = MaxRetries,
            DropEchoedFrames = DropEchoedFrames,
            MaxReceiveSize = MaxReceiveSize,
        };
    }
}
