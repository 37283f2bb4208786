namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>Values of the initiate ServiceError.</summary>
public enum InitiateError : byte
{
    Other = 0,
    DlmsVersionTooLow = 1,
    IncompatibleConformance = 2,
    PduSizeTooShort = 3,
    RefusedByTheVdeHandler = 4,
}
