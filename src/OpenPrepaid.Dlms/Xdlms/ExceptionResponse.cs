using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>
/// Exception-Response: D8 state-error service-error, followed by the expected invocation counter
/// (Unsigned32) when the service error is invocation-counter-error.
/// </summary>
public sealed record ExceptionResponse(ExceptionStateError StateError, ExceptionServiceError ServiceError, uint? InvocationCounter = null) : DlmsApdu
{
    public override void Encode(AxdrWriter writer)
    {
        writer.WriteByte(ApduTag.ExceptionResponse);
        writer.WriteByte((byte)StateError);
        writer.WriteByte((byte)ServiceError);
        if (ServiceError == ExceptionServiceError.InvocationCounterError)
        {
            writer.WriteUInt32(InvocationCounter ?? 0);
        }
    }
}
