namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>The ServiceError CHOICE tags (numbering of the COSEM ASN.1: task 9, other 10).</summary>
public enum ServiceErrorKind : byte
{
    ApplicationReference = 0,
    HardwareResource = 1,
    VdeStateError = 2,
    Service = 3,
    Definition = 4,
    Access = 5,
    Initiate = 6,
    LoadDataSet = 7,
    Task = 9,
    Other = 10,
}
