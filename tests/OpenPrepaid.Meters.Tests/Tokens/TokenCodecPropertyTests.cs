using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenPrepaid.Meters.Tokens;

namespace OpenPrepaid.Meters.Tests.Tokens;

public class TokenCodecPropertyTests
{
    private const string Serial = "SIM00042";
    private static readonly byte[] Key = [.. Enumerable.Range(100, 32).Select(value => (byte)value)];

    [Property(MaxTest = 500)]
    public bool RandomBytesNeverVerify(byte[] bytes)
    {
        var result = TokenCodec.Verify(bytes ?? [], Serial, Key);

        return result.Status != TokenVerificationStatus.Valid;
    }

    [Property(MaxTest = 500)]
    public bool TokenRoundTrips(uint sequence, long amount, int secondsFromEpoch)
    {
        var token = new TopUpToken(Serial, sequence, amount, DateTimeOffset.FromUnixTimeSeconds(secondsFromEpoch));

        var result = TokenCodec.Verify(TokenCodec.Build(token, Key), Serial, Key);

        return result.IsValid && result.Token == token;
    }

    [Property(MaxTest = 200)]
    public Property SerialsOfEveryLengthRoundTrip()
    {
        var serials = Gen.Choose(1, TokenCodec.MaxSerialLength)
            .SelectMany(length => Gen.ArrayOf(Gen.Choose(0x20, 0x7E), length))
            .Select(characters => new string([.. characters.Select(character => (char)character)]));

        return Prop.ForAll(serials.ToArbitrary(), serial =>
        {
            var token = new TopUpToken(serial, 1, 100, DateTimeOffset.UnixEpoch);
            var result = TokenCodec.Verify(TokenCodec.Build(token, Key), serial, Key);
            return result.IsValid && result.Token!.MeterSerial == serial;
        });
    }
}
