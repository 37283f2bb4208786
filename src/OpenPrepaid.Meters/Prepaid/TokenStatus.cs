namespace OpenPrepaid.Meters.Prepaid;

/// <summary>token_status of the Token gateway (class 115, attribute 6): structure {status_code enum, data_value bit-string}.</summary>
public readonly record struct TokenStatus(TokenStatusCode Code, TokenFailureReasons Reasons)
{
    /// <summary>Bits of data_value when a reason is set. Without one, data_value is an empty bit-string.</summary>
    public const int ReasonBitCount = 16;

    /// <summary>The status a meter shows before any token was entered.</summary>
    public static TokenStatus NoneEntered { get; } = new(TokenStatusCode.FormatOk, TokenFailureReasons.None);

    public static TokenStatus Executed { get; } = new(TokenStatusCode.TokenExecutionOk, TokenFailureReasons.None);

    public bool IsSuccess => Code == TokenStatusCode.TokenExecutionOk;

    /// <summary>Number of bits of data_value: 0 when no reason is set, else <see cref="ReasonBitCount"/>.</summary>
    public int DataValueBitCount => Reasons == TokenFailureReasons.None ? 0 : ReasonBitCount;

    /// <summary>Content bytes of data_value, bit 0 first.</summary>
    public byte[] DataValueBytes() => BitStrings.ToMsbFirst((ushort)Reasons, DataValueBitCount);
}
