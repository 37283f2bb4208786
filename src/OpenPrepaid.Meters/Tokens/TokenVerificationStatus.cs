namespace OpenPrepaid.Meters.Tokens;

/// <summary>Outcome of checking a token's bytes against one meter's serial and key.</summary>
public enum TokenVerificationStatus
{
    Valid,

    /// <summary>The bytes are not a token of a known version: too short, too long, bad serial field or issue time.</summary>
    FormatFailure,

    /// <summary>A well-formed token for another meter.</summary>
    WrongSerial,

    /// <summary>A well-formed token for this meter whose MAC does not match the meter's key.</summary>
    AuthenticationFailure,
}
