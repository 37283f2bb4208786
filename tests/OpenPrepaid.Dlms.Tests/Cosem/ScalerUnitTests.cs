using System.Globalization;
using FsCheck.Xunit;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Dlms.Tests.Support;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Cosem;

/// <summary>
/// Register scaling by the Blue Book rule: physical value = raw × 10^scaler, with a signed scaler, in exact
/// decimal arithmetic.
/// </summary>
public class ScalerUnitTests
{
    [Fact]
    public void NegativeScalerScalesRegisterReading()
    {
        // Register 1.0.1.8.0.255: attribute 3 returns scaler -1 and unit 30 (Wh), attribute 2 returns raw 12345.
        var scalerUnitResponse = Assert.IsType<GetResponseNormal>(ApduDecoder.Decode(Hex.Parse("C4 01 C1 00 02 02 0F FF 16 1E")));
        var valueResponse = Assert.IsType<GetResponseNormal>(ApduDecoder.Decode(Hex.Parse("C4 01 C1 00 06 00 00 30 39")));

        var scalerUnit = ScalerUnit.FromData(scalerUnitResponse.Result.Data!);
        var raw = valueResponse.Result.Data!.GetInteger();
        var physical = scalerUnit.Scale(raw);

        Assert.Equal(new ScalerUnit(-1, 30), scalerUnit);
        Assert.Equal(12345, raw);
        Assert.Equal(1234.5m, physical);
        Assert.Equal("1234.5", physical.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void WritingPhysicalValueSendsRawValue()
    {
        var scalerUnit = new ScalerUnit(-1, 30);

        Assert.Equal(12345, scalerUnit.Unscale(1234.5m));
        Assert.Equal(12345, scalerUnit.Unscale(1234.50m));
        Assert.Equal(-12345, scalerUnit.Unscale(-1234.5m));
    }

    [Fact]
    public void ValueFinerThanScalerIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ScalerUnit(-1, 30).Unscale(1234.55m));

        Assert.Contains("1234.55", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ScalerUnit(2, 30).Unscale(1250m));
    }

    [Theory]
    [InlineData(12345, -1, "1234.5")]
    [InlineData(12345, 0, "12345")]
    [InlineData(12345, 2, "1234500")]
    [InlineData(-5, -2, "-0.05")]
    [InlineData(1, -28, "0.0000000000000000000000000001")]
    [InlineData(100, -30, "0.0000000000000000000000000001")]
    [InlineData(1, 28, "10000000000000000000000000000")]
    [InlineData(0, 127, "0")]
    [InlineData(0, -128, "0")]
    [InlineData(long.MaxValue, -10, "922337203.6854775807")]
    [InlineData(ulong.MaxValue, 9, "18446744073709551615000000000")]
    public void ScaleIsExactForEveryRepresentableResult(object raw, sbyte scaler, string expected)
    {
        var value = new ScalerUnit(scaler, 255).Scale(ToInt128(raw));

        Assert.Equal(decimal.Parse(expected, NumberStyles.Float, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData(1, 29)]
    [InlineData(1, 127)]
    [InlineData(1, -29)]
    [InlineData(-1, -128)]
    [InlineData(long.MaxValue, 10)]
    public void ScaleBeyondDecimalIsRejectedWithoutOverflow(long raw, sbyte scaler)
    {
        var error = Assert.Throws<DlmsProtocolException>(() => new ScalerUnit(scaler, 255).Scale(raw));

        Assert.Contains(scaler.ToString(CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtremeScalersUnscaleWithoutOverflow()
    {
        Assert.Equal(Int128.Zero, new ScalerUnit(127, 255).Unscale(0m));
        Assert.Equal(Int128.Zero, new ScalerUnit(-128, 255).Unscale(0m));
        Assert.Throws<ArgumentException>(() => new ScalerUnit(127, 255).Unscale(1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScalerUnit(-128, 255).Unscale(1m));
        Assert.Equal(Int128.Parse("10000000000000000000000000000000000000", CultureInfo.InvariantCulture), new ScalerUnit(-28, 255).Unscale(1_000_000_000m));
    }

    [Property(MaxTest = 500)]
    public void UnscaleInvertsScale(long raw, sbyte scaler)
    {
        var scalerUnit = new ScalerUnit((sbyte)(scaler % 10), 30);

        Assert.Equal(raw, scalerUnit.Unscale(scalerUnit.Scale(raw)));
    }

    [Fact]
    public void ScalerUnitDataRoundTrips()
    {
        var bytes = Hex.Parse("02 02 0F FE 16 1B");

        var scalerUnit = ScalerUnit.FromData(DlmsDataCodec.Decode(bytes));

        Assert.Equal(new ScalerUnit(-2, 27), scalerUnit);
        Assert.Equal(bytes, DlmsDataCodec.Encode(scalerUnit.ToData()));
    }

    [Theory]
    [InlineData("02 01 0F FF")]
    [InlineData("02 03 0F FF 16 1E 00")]
    [InlineData("02 02 11 FF 16 1E")]
    [InlineData("02 02 0F FF 11 1E")]
    [InlineData("16 1E")]
    public void ScalerUnitOfWrongShapeIsRejected(string hex)
    {
        var data = DlmsDataCodec.Decode(Hex.Parse(hex));

        Assert.Throws<DlmsProtocolException>(() => ScalerUnit.FromData(data));
    }

    private static Int128 ToInt128(object raw) => raw switch
    {
        int value => value,
        long value => value,
        ulong value => value,
        _ => throw new ArgumentException($"unexpected raw type {raw.GetType()}", nameof(raw)),
    };
}
