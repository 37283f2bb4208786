using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms;

/// <summary>
/// The meter rejected the association (AARE result other than accepted). A wrong password is
/// <see cref="AcseServiceUserDiagnostic.AuthenticationFailure"/>; retrying with the same credentials cannot
/// help and may lock the meter, so <see cref="DlmsException.IsTransient"/> is false unless the meter said
/// rejected-transient.
/// </summary>
public sealed class DlmsAssociationException : DlmsException
{
    public DlmsAssociationException(AssociationResult result, ResultSourceDiagnostic diagnostic, ConfirmedServiceError? initiateError = null)
        : base(BuildMessage(result, diagnostic, initiateError))
    {
        Result = result;
        Diagnostic = diagnostic;
        InitiateError = initiateError;
    }

    public AssociationResult Result { get; }

    public ResultSourceDiagnostic Diagnostic { get; }

    /// <summary>The ConfirmedServiceError the AARE carried in its user-information, if any.</summary>
    public ConfirmedServiceError? InitiateError { get; }

    /// <summary>True when the meter rejected the password or the authentication mechanism.</summary>
    public bool IsAuthenticationFailure => Diagnostic.UserDiagnostic is AcseServiceUserDiagnostic.AuthenticationFailure
        or AcseServiceUserDiagnostic.AuthenticationRequired or AcseServiceUserDiagnostic.AuthenticationMechanismNameRequired
        or AcseServiceUserDiagnostic.AuthenticationMechanismNameNotRecognised;

    public override bool IsTransient => Result == AssociationResult.RejectedTransient;

    private static string BuildMessage(AssociationResult result, ResultSourceDiagnostic diagnostic, ConfirmedServiceError? initiateError)
    {
        var resultText = result switch
        {
            AssociationResult.RejectedPermanent => "rejected permanent",
            AssociationResult.RejectedTransient => "rejected transient",
            _ => $"result {(byte)result}",
        };
        var message = $"Association {resultText}: {diagnostic}";
        return initiateError is null ? message : $"{message} ({initiateError})";
    }
}
