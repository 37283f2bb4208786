using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Register.Import;

namespace OpenPrepaid.Core.Tests.Register.Import;

public class MeterImportReaderTests
{
    private const string KeyHex = "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F";

    [Theory]
    [InlineData("fleet.json", "serial\n", MeterImportFormat.FleetJson)]
    [InlineData("meters.CSV", "[]", MeterImportFormat.Csv)]
    [InlineData(null, "\uFEFF  [ {} ]", MeterImportFormat.FleetJson)]
    [InlineData("meters.txt", "{\"meters\": []}", MeterImportFormat.FleetJson)]
    [InlineData(null, "serial,host", MeterImportFormat.Csv)]
    public void FormatComesFromNameThenContent(string? fileName, string content, MeterImportFormat expected)
    {
        Assert.Equal(expected, MeterImportReader.DetectFormat(fileName, content));
    }

    [Fact]
    public void CsvQuotedFieldsKeepSeparatorsAndQuotes()
    {
        var csv = $"Serial Number,Host,Port,Token-Key,Memo\r\nE1,127.0.0.1,4059,{KeyHex},\"kiosk 4, \"\"north\"\" gate\"\r\n\r\n";

        var file = MeterImportReader.Read(csv, MeterImportFormat.Csv);

        var entry = Assert.Single(file.Entries);
        Assert.Equal("kiosk 4, \"north\" gate", entry.Draft!.Memo);
        Assert.Equal(ChannelKind.Tcp, entry.Draft.ChannelKind);
        Assert.Equal(4059, entry.Draft.Port);
    }

    [Fact]
    public void CsvUnknownColumnMakesFileUnreadable()
    {
        var file = MeterImportReader.Read("serial,colour\nE1,red", MeterImportFormat.Csv);

        Assert.Equal(ImportProblemCode.CsvColumnUnknown, file.FileProblem!.Code);
        Assert.Equal(["colour", 1], file.FileProblem.Arguments);
    }

    [Fact]
    public void CsvRowWithWrongFieldCountNamesCounts()
    {
        var file = MeterImportReader.Read("serial,host,port\nE1,127.0.0.1", MeterImportFormat.Csv);

        var entry = Assert.Single(file.Entries);
        Assert.Null(entry.Draft);
        Assert.Equal("E1", entry.Serial);
        Assert.Equal(
            "The line has 2 fields, but the header has 3 columns. Put a value (or nothing) between every pair of separators and quote values that contain a separator.",
            Assert.Single(entry.Problems).Describe(System.Globalization.CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void SerialLineEntryNeedsNoHost()
    {
        var json = $$"""{ "meters": [ { "serial": "E2", "serialPort": "/dev/ttyUSB0", "baudRate": 9600, "hdlcAddress": 18, "tokenKey": "{{KeyHex}}", "seed": 7 } ] }""";

        var entry = Assert.Single(MeterImportReader.Read(json, MeterImportFormat.FleetJson).Entries);

        Assert.Equal(ChannelKind.Serial, entry.Draft!.ChannelKind);
        Assert.Equal("/dev/ttyUSB0", entry.Draft.SerialPortName);
        Assert.Equal(9600, entry.Draft.BaudRate);
        Assert.Equal(18, entry.Draft.HdlcAddress);
    }

    [Fact]
    public void JsonValueOfWrongKindIsNamed()
    {
        var entry = Assert.Single(MeterImportReader.Read("""[ { "serial": "E3", "host": "h", "port": [1] } ]""", MeterImportFormat.FleetJson).Entries);

        Assert.Null(entry.Draft);
        Assert.Equal(ImportProblemCode.ValueNotText, entry.Problems[0].Code);
        Assert.Equal(["port", "array"], entry.Problems[0].Arguments);
    }

    [Fact]
    public void TokenKeyAcceptsBase64()
    {
        var key = Convert.ToBase64String(Convert.FromHexString(KeyHex));

        var entry = Assert.Single(MeterImportReader.Read($"serial,host,port,token_key\nE4,h,1,{key}", MeterImportFormat.Csv).Entries);

        Assert.Equal(Convert.FromHexString(KeyHex), entry.Draft!.TokenKey);
    }
}
