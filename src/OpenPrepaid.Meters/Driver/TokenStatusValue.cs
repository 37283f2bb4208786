using OpenPrepaid.Dlms;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Meters.Prepaid;
using CoreStatusCode = OpenPrepaid.Core.Readings.TokenStatusCode;

namespace OpenPrepaid.Meters.Driver;

/// <summary>Token gateway token_status (class 115 attribute 6): {status_code enum, data_value bit-string}.</summary>
internal readonly record struct TokenStatusValue(CoreStatusCode Code, TokenFailureReasons Reasons)
{
    private static readonly (TokenFailureReasons Reason, string Words)[] ReasonWords =
    [
        (TokenFailureReasons.Truncated, "the token is shorter than its layout"),
        (TokenFailureReasons.TrailingBytes, "bytes follow the token's MAC"),
        (TokenFailureReasons.UnsupportedVersion, "the meter does not read this token version"),
        (TokenFailureReasons.InvalidSerialField, "the token's serial field is invalid"),
        (TokenFailureReasons.InvalidIssueTime, "the token's issue time is invalid"),
        (TokenFailureReasons.MacMismatch, "the MAC does not match the meter's top-up key"),
        (TokenFailureReasons.WrongSerial, "the token is for another meter"),
        (TokenFailureReasons.SequenceNotRising, "the sequence number is not above the last one the meter accepted"),
        (TokenFailureReasons.ZeroAmount, "the amount is zero"),
        (TokenFailureReasons.AboveMaxCreditLimit, "the balance would exceed the meter's maximum credit limit"),
        (TokenFailureReasons.AboveMaxVendLimit, "the amount exceeds the meter's maximum vend limit"),
        (TokenFailureReasons.BelowMinimumBalance, "the balance would fall below the meter's minimum balance"),
        (TokenFailureReasons.TokensNotAccepted, "the meter takes no tokens (none configured or no top-up key set)"),
    ];

    public static TokenStatusValue? FromData(DlmsData? data, string what)
    {
        var structure = ValueReader.Structure(data, 2, what);
        if (structure is null)
        {
            return null;
        }

        var code = ValueReader.Integer(structure[0], what + " status_code")!.Value;
        if (code is < 0 or > (long)CoreStatusCode.ReceivedNotProcessed)
        {
            throw new DlmsProtocolException($"{what} status_code is {code}; expected 0-8");
        }

        var reasons = structure[1] switch
        {
            BitStringData bits => (TokenFailureReasons)BitStrings.FromMsbFirst(bits.Bytes, Math.Min(bits.BitCount, TokenStatus.ReasonBitCount)),
            NullData => TokenFailureReasons.None,
            var other => throw new DlmsProtocolException($"{what} data_value is {other.Type}; expected a bit-string"),
        };
        return new TokenStatusValue((CoreStatusCode)code, reasons);
    }

    /// <summary>The reasons of a failure in words, or null when data_value names none.</summary>
    public string? DescribeReasons()
    {
        var reasons = this.Reasons;
        var words = ReasonWords.Where(entry => reasons.HasFlag(entry.Reason)).Select(entry => entry.Words).ToList();
        return words.Count == 0 ? null : string.Join("; ", words);
    }
}
