using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>
/// ConfirmedServiceError: 0E service-choice ServiceError-tag value. In DLMS the choice is 1 (initiateError),
/// 5 (read) or 6 (write); the ServiceError tag names the group the value belongs to (6 = initiate).
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

    /// <summary>Returns the initiateError a server sends for an InitiateRequest it cannot accept.</summary>
    public static ConfirmedServiceError Initiate(InitiateError error) => new(InitiateErrorChoice, ServiceErrorKind.Initiate, (byte)error);

    public override string ToString() => Kind == ServiceErrorKind.Initiate
        ? $"initiate error: {(InitiateError)Value}"
        : $"confirmed service error {ServiceChoice}: {Kind} {Value}";
}
