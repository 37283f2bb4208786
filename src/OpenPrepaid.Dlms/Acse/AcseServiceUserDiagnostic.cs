namespace OpenPrepaid.Dlms.Acse;

/// <summary>acse-service-user values of the AARE result-source-diagnostic.</summary>
public enum AcseServiceUserDiagnostic : byte
{
    Null = 0,
    NoReasonGiven = 1,
    ApplicationContextNameNotSupported = 2,
    CallingApTitleNotRecognized = 3,
    CallingApInvocationIdentifierNotRecognized = 4,
    CallingAeQualifierNotRecognized = 5,
    CallingAeInvocationIdentifierNotRecognized = 6,
    CalledApTitleNotRecognized = 7,
    CalledApInvocationIdentifierNotRecognized = 8,
    CalledAeQualifierNotRecognized = 9,
    CalledAeInvocationIdentifierNotRecognized = 10,
    AuthenticationMechanismNameNotRecognised = 11,
    AuthenticationMechanismNameRequired = 12,
    AuthenticationFailure = 13,
    AuthenticationRequired = 14,
}
