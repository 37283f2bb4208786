using System.Buffers.Binary;
using System.Security.Cryptography;
using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Meters.Tokens;

/// <summary>
/// Builds and checks top-up tokens of format version 1. All integers are big-endian:
/// <code>
/// offset      size  field
/// 0           1     version (1)
/// 1           1     serial length n (1-32)
/// 2           n     meter serial, printable ASCII
/// 2+n         4     sequence number, uint32, rising strictly per meter
/// 6+n         8     amount, int64, minor units of the meter's currency (negative: write-off)
/// 14+n        8     issue time, int64, Unix seconds UTC
/// 22+n        32    HMAC-SHA256 over bytes 0 .. 21+n with the meter's 32-byte top-up key
/// </code>
/// A token travels as an octet-string (Token gateway method enter); parsing never throws on any bytes.
/// </summary>
public static class TokenCodec
{
    public const byte Version = 1;
    public const int KeyLength = 32;
    public const int MacLength = 32;
    public const int MaxSerialLength = 32;

    /// <summary>Length of a token without its serial: version, serial length, sequence, amount, time and MAC.</summary>
    public const int LengthWithoutSerial = 1 + 1 + 4 + 8 + 8 + MacLength;

    private const int VersionOffset = 0;
    private const int SerialLengthOffset = 1;
    private const int SerialOffset = 2;

    // Offsets after the serial, relative to its end.
    private const int SequenceOffset = 0;
    private const int AmountOffset = 4;
    private const int IssuedAtOffset = 12;
    private const int MacOffset = 20;

    /// <summary>Unix seconds of 0001-01-01 and 9999-12-31T23:59:59, the range a DateTimeOffset holds.</summary>
    private const long MinUnixSeconds = -62_135_596_800;
    private const long MaxUnixSeconds = 253_402_300_799;

    public static int EncodedLength(int serialLength) => LengthWithoutSerial + serialLength;

    /// <summary>Builds a token signed with the meter's 32-byte top-up key. The issue time is cut to whole seconds.</summary>
    public static byte[] Build(TopUpToken token, ReadOnlySpan<byte> key)
    {
        ArgumentNullException.ThrowIfNull(token);
        CheckKey(key);
        if (!IsValidSerial(token.MeterSerial))
        {
            throw new ArgumentException(
                $"Meter serial '{token.MeterSerial}' cannot go into a token: it needs 1-{MaxSerialLength} printable ASCII characters.",
                nameof(token));
        }

        var serialLength = token.MeterSerial.Length;
        var bytes = new byte[EncodedLength(serialLength)];
        bytes[VersionOffset] = Version;
        bytes[SerialLengthOffset] = (byte)serialLength;
        for (var i = 0; i < serialLength; i++)
        {
            bytes[SerialOffset + i] = (byte)token.MeterSerial[i];
        }

        var body = bytes.AsSpan(SerialOffset + serialLength);
        BinaryPrimitives.WriteUInt32BigEndian(body[SequenceOffset..], token.SequenceNumber);
        BinaryPrimitives.WriteInt64BigEndian(body[AmountOffset..], token.Amount);
        BinaryPrimitives.WriteInt64BigEndian(body[IssuedAtOffset..], token.IssuedAt.ToUnixTimeSeconds());

        var macOffset = SerialOffset + serialLength + MacOffset;
        HMACSHA256.HashData(key, bytes.AsSpan(0, macOffset), bytes.AsSpan(macOffset));
        return bytes;
    }

    /// <summary>
    /// Checks token bytes for one meter: format, then serial, then MAC. The sequence number and the limits are
    /// the meter's to check, since they depend on its state.
    /// </summary>
    public static TokenVerificationResult Verify(ReadOnlySpan<byte> bytes, string expectedSerial, ReadOnlySpan<byte> key)
    {
        ArgumentNullException.ThrowIfNull(expectedSerial);
        CheckKey(key);

        var reason = TryParse(bytes, out var token, out var macOffset);
        if (token is null)
        {
            return new TokenVerificationResult(TokenVerificationStatus.FormatFailure, reason, null);
        }

        // The serial is checked before the MAC so that a token for another meter (signed with that meter's
        // key) is reported as such rather than as an authentication failure.
        if (!string.Equals(token.MeterSerial, expectedSerial, StringComparison.Ordinal))
        {
            return new TokenVerificationResult(TokenVerificationStatus.WrongSerial, TokenFailureReasons.WrongSerial, token);
        }

        Span<byte> expectedMac = stackalloc byte[MacLength];
        HMACSHA256.HashData(key, bytes[..macOffset], expectedMac);
        if (!CryptographicOperations.FixedTimeEquals(expectedMac, bytes.Slice(macOffset, MacLength)))
        {
            return new TokenVerificationResult(TokenVerificationStatus.AuthenticationFailure, TokenFailureReasons.MacMismatch, token);
        }

        return new TokenVerificationResult(TokenVerificationStatus.Valid, TokenFailureReasons.None, token);
    }

    /// <summary>
    /// Reads the content of a token without checking its MAC. Returns the reason of a format failure, or
    /// <see cref="TokenFailureReasons.None"/> with the token and the offset of its MAC.
    /// </summary>
    public static TokenFailureReasons TryParse(ReadOnlySpan<byte> bytes, out TopUpToken? token, out int macOffset)
    {
        token = null;
        macOffset = 0;

        if (bytes.Length < SerialOffset)
        {
            return TokenFailureReasons.Truncated;
        }

        if (bytes[VersionOffset] != Version)
        {
            return TokenFailureReasons.UnsupportedVersion;
        }

        int serialLength = bytes[SerialLengthOffset];
        if (serialLength is 0 or > MaxSerialLength)
        {
            return TokenFailureReasons.InvalidSerialField;
        }

        var expectedLength = EncodedLength(serialLength);
        if (bytes.Length < expectedLength)
        {
            return TokenFailureReasons.Truncated;
        }

        if (bytes.Length > expectedLength)
        {
            return TokenFailureReasons.TrailingBytes;
        }

        var serialBytes = bytes.Slice(SerialOffset, serialLength);
        if (serialBytes.ContainsAnyExceptInRange((byte)0x20, (byte)0x7E))
        {
            return TokenFailureReasons.InvalidSerialField;
        }

        var body = bytes[(SerialOffset + serialLength)..];
        var issuedAt = BinaryPrimitives.ReadInt64BigEndian(body[IssuedAtOffset..]);
        if (issuedAt is < MinUnixSeconds or > MaxUnixSeconds)
        {
            return TokenFailureReasons.InvalidIssueTime;
        }

        token = new TopUpToken(
            System.Text.Encoding.ASCII.GetString(serialBytes),
            BinaryPrimitives.ReadUInt32BigEndian(body[SequenceOffset..]),
            BinaryPrimitives.ReadInt64BigEndian(body[AmountOffset..]),
            DateTimeOffset.FromUnixTimeSeconds(issuedAt));
        macOffset = SerialOffset + serialLength + MacOffset;
        return TokenFailureReasons.None;
    }

    public static bool IsValidSerial(string? serial)
    {
        return !string.IsNullOrEmpty(serial)
            && serial.Length <= MaxSerialLength
            && serial.All(character => character is >= ' ' and <= '~');
    }

    private static void CheckKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeyLength)
        {
            throw new ArgumentException($"A top-up key has {KeyLength} bytes, not {key.Length}.", nameof(key));
        }
    }
}
