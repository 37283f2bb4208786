namespace OpenPrepaid.Dlms.Acse;

/// <summary>
/// The AARE result-source-diagnostic: a value from the acse-service-user ([1], tag A1) or the
/// acse-service-provider ([2], tag A2) group. Provider values: 0 null, 1 no-reason-given, 2 no-common-acse-version.
/// </summary>
public readonly record struct ResultSourceDiagnostic(bool FromServiceProvider, byte Value)
{
    public static ResultSourceDiagnostic User(AcseServiceUserDiagnostic value) => new(false, (byte)value);

    public AcseServiceUserDiagnostic? UserDiagnostic => FromServiceProvider ? null : (AcseServiceUserDiagnostic)Value;

    public override string ToString()
    {
        if (!FromServiceProvider)
        {
            return Enum.IsDefined((AcseServiceUserDiagnostic)Value)
                ? Words.Split(((AcseServiceUserDiagnostic)Value).ToString())
                : $"service user diagnostic {Value}";
        }

        return Value switch
        {
            0 => "null (service provider)",
            1 => "no reason given (service provider)",
            2 => "no common ACSE version",
            _ => $"service provider diagnostic {Value}",
        };
    }
}
