namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>
/// The xDLMS conformance block, a 24-bit BIT STRING (IEC 62056-5-3). Bit n of the standard is the mask
/// 1 &lt;&lt; (23 - n) of the big-endian 24-bit value, so bit 0 is the most significant bit of the first byte.
/// </summary>
[Flags]
public enum Conformance : uint
{
    None = 0,
    GeneralProtection = 1u << (23 - 1),
    GeneralBlockTransfer = 1u << (23 - 2),
    Read = 1u << (23 - 3),
    Write = 1u << (23 - 4),
    UnconfirmedWrite = 1u << (23 - 5),
    DeltaValueEncoding = 1u << (23 - 6),
    Attribute0SupportedWithSet = 1u << (23 - 8),
    PriorityMgmtSupported = 1u << (23 - 9),
    Attribute0SupportedWithGet = 1u << (23 - 10),
    BlockTransferWithGetOrRead = 1u << (23 - 11),
    BlockTransferWithSetOrWrite = 1u << (23 - 12),
    BlockTransferWithAction = 1u << (23 - 13),
    MultipleReferences = 1u << (23 - 14),
    InformationReport = 1u << (23 - 15),
    DataNotification = 1u << (23 - 16),
    Access = 1u << (23 - 17),
    ParameterizedAccess = 1u << (23 - 18),
    Get = 1u << (23 - 19),
    Set = 1u << (23 - 20),
    SelectiveAccess = 1u << (23 - 21),
    EventNotification = 1u << (23 - 22),
    Action = 1u << (23 - 23),

    /// <summary>What a logical-name client usually proposes: everything an LN server can grant without ciphering.</summary>
    DefaultLogicalName = PriorityMgmtSupported | Attribute0SupportedWithGet | BlockTransferWithGetOrRead
        | BlockTransferWithSetOrWrite | BlockTransferWithAction | MultipleReferences | Get | Set
        | SelectiveAccess | EventNotification | Action,
}
