using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Server;

/// <summary>
/// What a logical device grants one client SAP: the authentication it demands, the services and the PDU size.
/// Lowering <see cref="Conformance"/> or <see cref="MaxListSize"/> imitates meters that lack GET-with-list or
/// take short lists only.
/// </summary>
public sealed record ClientAssociationSettings
{
    public required ushort ClientSap { get; init; }

    public AuthenticationMechanism Mechanism { get; init; } = AuthenticationMechanism.None;

    /// <summary>The LLS password the client must send when <see cref="Mechanism"/> is Low.</summary>
    public byte[]? Password { get; init; }

    /// <summary>Services the server supports for this client; the negotiated set is the intersection with the proposal.</summary>
    public Conformance Conformance { get; init; } = Conformance.BlockTransferWithGetOrRead | Conformance.BlockTransferWithSetOrWrite
        | Conformance.MultipleReferences | Conformance.Get | Conformance.Set | Conformance.SelectiveAccess | Conformance.Action;

    /// <summary>Largest APDU the server accepts (server-max-receive-pdu-size in the InitiateResponse).</summary>
    public ushort MaxReceivePduSize { get; init; } = 1024;

    /// <summary>Most attributes the server takes in one GET- or SET-with-list.</summary>
    public int MaxListSize { get; init; } = 32;
}
