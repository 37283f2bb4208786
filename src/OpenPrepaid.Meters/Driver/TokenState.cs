using OpenPrepaid.Meters.Tokens;
using CoreStatusCode = OpenPrepaid.Core.Readings.TokenStatusCode;

namespace OpenPrepaid.Meters.Driver;

/// <summary>
/// The last token a meter shows and its status, read so that the status belongs to the sequence number reported
/// with it. token_status describes the last token entered, which may be a rejected one, while
/// last-token-sequence counts only accepted tokens, so reading both without the token itself could pair one
/// token's number with another's status.
/// </summary>
internal readonly record struct TokenState(long? Sequence, CoreStatusCode? Status)
{
    public static IReadOnlyList<ModelAttribute> Attributes { get; } =
    [
        ModelAttributes.LastToken,
        ModelAttributes.TokenStatus,
        ModelAttributes.LastTokenSequence,
    ];

    /// <summary>
    /// Reports the last token entered with its status when it is a token of this meter at or above the last
    /// accepted number. Otherwise (no token yet, a token for another meter or of another format, or an old token
    /// entered again) it reports the last accepted number, whose token was executed by definition.
    /// </summary>
    public static TokenState Resolve(AttributeValues values, string serial)
    {
        var accepted = ValueReader.Integer(values[ModelAttributes.LastTokenSequence], "last token sequence");
        var status = TokenStatusValue.FromData(values[ModelAttributes.TokenStatus], "Token gateway token_status")?.Code;
        var entered = SequenceOf(ValueReader.Octets(values[ModelAttributes.LastToken], "Token gateway token"), serial);

        if (entered is { } number && (accepted is null || number >= accepted))
        {
            return new TokenState(number, status);
        }

        if (accepted is { } last)
        {
            return new TokenState(last, last > 0 ? CoreStatusCode.ExecutionOk : status);
        }

        return new TokenState(null, status);
    }

    /// <summary>The sequence number of a token of this meter in this project's format, or null for any other bytes.</summary>
    public static long? SequenceOf(byte[]? token, string serial)
    {
        if (token is null || token.Length == 0)
        {
            return null;
        }

        var failure = TokenCodec.TryParse(token, out var content, out _);
        return failure == Prepaid.TokenFailureReasons.None && string.Equals(content!.MeterSerial, serial, StringComparison.Ordinal)
            ? content.SequenceNumber
            : null;
    }
}
