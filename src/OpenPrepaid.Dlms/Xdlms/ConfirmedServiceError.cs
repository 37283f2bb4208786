using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>
/// ConfirmedServiceError: 0E service-choice ServiceError-tag value. In DLMS the choice is 1 (initiateError),
/// 5 (read) or 6 (write); the ServiceError tag says which group the value belongs to (6 = initiate).
/// </summary>
public sealed record ConfirmedServiceError(byte ServiceChoice, ServiceErrorKind Kind, byte Value) : DlmsApdu
{
    public const byte InitiateErrorChoice = 1;

    public override void Encode(AxdrWriter writer)
    {
        writer.WriteByte(ApduTag.ConfirmedServiceError);
        writer.WriteByte(ServiceChoice);
        writer.WriteByte((byte)Kind);
        writer.WriteByte(Value);
    }

    /// <summary>An initiateError answered to an InitiateRequest the server cannot accept.</summary>
    public static ConfirmedServiceError Initiate(InitiateError error) => new(InitiateErrorChoice, ServiceErrorKind.Initiate, (byte)error);

    public override string ToString() => Kind == ServiceErrorKind.Initiate
        ? $"initiate error: {(InitiateError)Value}"
        : $"confirmed service error {ServiceChoice}: {Kind} {Value}";
}

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

/// <summary>Values of the initiate ServiceError.</summary>
public enum InitiateError : byte
{
    Other = 0,
    DlmsVersionTooLow = 1,
    IncompatibleConformance = 2,
    PduSizeTooShort = 3,
    RefusedByTheVdeHandler = 4,
}
