using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// What a simulated meter grants every client in its InitiateResponse and how long a list it takes, so that
/// tests can imitate real meters: some lack GET-with-list entirely, others take short lists only.
/// </summary>
public sealed record AssociationProfile
{
    /// <summary>The services the meter supports; the negotiated set is the intersection with the client's proposal.</summary>
    public Conformance Conformance { get; init; } = Conformance.BlockTransferWithGetOrRead | Conformance.BlockTransferWithSetOrWrite
        | Conformance.MultipleReferences | Conformance.Get | Conformance.Set | Conformance.SelectiveAccess | Conformance.Action;

    /// <summary>Largest APDU the meter accepts (server-max-receive-pdu-size).</summary>
    public ushort MaxReceivePduSize { get; init; } = 1024;

    /// <summary>Most attributes one GET- or SET-with-list may carry; a longer list gets an exception-response.</summary>
    public int MaxListSize { get; init; } = 64;

    /// <summary>
    /// GET, SET, ACTION, selective access, lists and block transfer both ways; PDU 1024; lists of up to 64, so the 36
    /// attributes of a full snapshot travel in one request.
    /// </summary>
    public static AssociationProfile Full { get; } = new();

    /// <summary>
    /// A meter without GET-with-list: conformance 00 50 1D (priority management, block transfer with GET, GET,
    /// SET, selective access, ACTION), as in the InitiateResponse 08 00 06 5F 1F 04 00 00 50 1D 00 EF 00 07.
    /// </summary>
    public static AssociationProfile WithoutLists { get; } = new()
    {
        Conformance = Conformance.PriorityMgmtSupported | Conformance.BlockTransferWithGetOrRead | Conformance.Get
            | Conformance.Set | Conformance.SelectiveAccess | Conformance.Action,
        MaxReceivePduSize = 0xEF,
    };

    /// <summary>A meter that grants GET-with-list but takes at most <paramref name="maxListSize"/> attributes in one.</summary>
    public static AssociationProfile ShortLists(int maxListSize = 2) => new() { MaxListSize = maxListSize };
}
