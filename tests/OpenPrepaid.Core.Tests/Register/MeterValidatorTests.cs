using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Core.Tests.Register;

public sealed class MeterValidatorTests
{
    private static readonly MeterDraft Valid = new()
    {
        Serial = "M-0001",
        Model = "reference",
        ChannelKind = ChannelKind.Tcp,
        Host = "10.0.0.5",
        Port = 4059,
        ClientSap = 1,
        TokenKey = new byte[32],
    };

    [Fact]
    public void ValidDraftHasNoViolations()
    {
        Assert.Empty(MeterValidator.Validate(Valid, isNew: true));
    }

    [Theory]
    [InlineData(15, RuleCode.FieldOutOfRange)]
    [InlineData(16, null)]
    [InlineData(16381, null)]
    [InlineData(16382, RuleCode.FieldOutOfRange)]
    public void HdlcAddressBounds(int address, RuleCode? expected)
    {
        var violations = MeterValidator.Validate(Valid with { HdlcAddress = address }, isNew: true);

        Assert.Equal(expected, violations.SingleOrDefault()?.Code);
    }

    [Theory]
    [InlineData(0, RuleCode.FieldOutOfRange)]
    [InlineData(1, null)]
    [InlineData(127, null)]
    [InlineData(128, RuleCode.FieldOutOfRange)]
    public void ClientSapBounds(int sap, RuleCode? expected)
    {
        Assert.Equal(expected, MeterValidator.Validate(Valid with { ClientSap = sap }, isNew: true).SingleOrDefault()?.Code);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(33)]
    public void TokenKeyMustBe32Bytes(int length)
    {
        var violation = MeterValidator.Validate(Valid with { TokenKey = new byte[length] }, isNew: true).Single();

        Assert.Equal(RuleCode.FieldWrongLength, violation.Code);
        Assert.Equal($"Token key must be exactly 32 bytes; it has {length}.", violation.Describe(System.Globalization.CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void TokenKeyIsRequiredOnlyWhenAdding()
    {
        Assert.Equal(RuleCode.FieldRequired, MeterValidator.Validate(Valid with { TokenKey = null }, isNew: true).Single().Code);
        Assert.Empty(MeterValidator.Validate(Valid with { TokenKey = null }, isNew: false));
    }

    [Fact]
    public void SerialLineNeedsHdlcAddressAndBaudRate()
    {
        var serial = Valid with { ChannelKind = ChannelKind.Serial, SerialPortName = "/dev/ttyUSB0", BaudRate = null, HdlcAddress = null };

        var codes = MeterValidator.Validate(serial, isNew: true).Select(v => v.Code).ToList();

        Assert.Equal([RuleCode.FieldRequired, RuleCode.FieldRequired], codes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("M 1")]
    [InlineData("012345678901234567890123456789012")]
    public void SerialMustBeShortAndWithoutSpaces(string serial)
    {
        Assert.Single(MeterValidator.Validate(Valid with { Serial = serial }, isNew: true));
    }

    [Fact]
    public void PortOutsideRangeIsRejected()
    {
        Assert.Equal(RuleCode.FieldOutOfRange, MeterValidator.Validate(Valid with { Port = 65_536 }, isNew: true).Single().Code);
        Assert.Equal(RuleCode.FieldOutOfRange, MeterValidator.Validate(Valid with { Port = 0 }, isNew: true).Single().Code);
    }
}
