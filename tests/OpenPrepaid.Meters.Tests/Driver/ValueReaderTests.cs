using OpenPrepaid.Dlms;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Meters.Driver;

namespace OpenPrepaid.Meters.Tests.Driver;

public class ValueReaderTests
{
    private const byte WattHour = 30;

    [Fact]
    public void NegativeScalerDividesTheRawValue()
    {
        // Register 1.0.1.8.0.255 with scaler_unit 02 02 0F FF 16 1E and value 06 00 00 30 39: 1234.5 Wh.
        var scalerUnit = ScalerUnit.FromData(DlmsDataCodec.Decode(Convert.FromHexString("02020FFF161E")));
        var raw = DlmsDataCodec.Decode(Convert.FromHexString("0600003039"));

        Assert.Equal(1234.5m, ValueReader.Scaled(raw, scalerUnit, "energy"));
        Assert.Equal(1.2345m, ValueReader.ScaledInUnit(raw, scalerUnit, WattHour, 3, "energy"));
    }

    [Theory]
    [InlineData(-25, "0.0000000000000000000000012345")]
    [InlineData(12, "12345000000000")]
    public void ScalersBeyondNineStayExact(int scaler, string expectedKilowattHours)
    {
        var kilowattHours = ValueReader.ScaledInUnit(new DoubleLongUnsignedData(12345), new ScalerUnit((sbyte)scaler, WattHour), WattHour, 3, "energy");

        Assert.Equal(decimal.Parse(expectedKilowattHours, System.Globalization.CultureInfo.InvariantCulture), kilowattHours);
    }

    [Theory]
    [InlineData(-26)]
    [InlineData(-128)]
    public void ScalerWithMoreDigitsThanADecimalIsAProtocolError(int scaler)
    {
        Assert.Throws<DlmsProtocolException>(
            () => ValueReader.ScaledInUnit(new DoubleLongUnsignedData(12345), new ScalerUnit((sbyte)scaler, WattHour), WattHour, 3, "energy"));
    }

    [Fact]
    public void UnexpectedUnitIsAProtocolError()
    {
        var error = Assert.Throws<DlmsProtocolException>(
            () => ValueReader.ScaledInUnit(new DoubleLongUnsignedData(5), new ScalerUnit(0, 27), WattHour, 3, "energy total"));

        Assert.Contains("energy total", error.Message);
    }

    [Fact]
    public void DateTimeWithoutDateIsNull()
    {
        var noTime = new OctetStringData(Enumerable.Repeat((byte)0xFF, 12).ToArray());

        Assert.Null(ValueReader.DateTime(noTime, DeviationConvention.Standard, "capture_time"));
    }

    [Fact]
    public void DateTimeDeviationFollowsTheConvention()
    {
        // 2025-03-10 10:00 local, deviation -120: UTC+2 under the standard's sign, UTC-2 under the inverted one.
        var bytes = new OctetStringData(Convert.FromHexString("07E9030A010A000000FF8800"));

        var standard = ValueReader.DateTime(bytes, DeviationConvention.Standard, "clock")!.Value;
        var inverted = ValueReader.DateTime(bytes, DeviationConvention.Inverted, "clock")!.Value;

        Assert.Equal(TimeSpan.FromHours(2), standard.Offset);
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 8, 0, 0, TimeSpan.Zero), standard.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(-2), inverted.Offset);
    }

    [Fact]
    public void TextIsCutAtPadding()
    {
        Assert.Equal("SIM0001", ValueReader.Text(new OctetStringData("SIM0001\0\0"u8.ToArray()), "serial"));
        Assert.Equal("SIM0001", ValueReader.Text(new VisibleStringData("SIM0001  "), "serial"));
    }
}
