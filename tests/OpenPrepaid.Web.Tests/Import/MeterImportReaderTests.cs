using System.Globalization;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Register.Import;

namespace OpenPrepaid.Web.Tests.Import;

/// <summary>The register import formats: CSV (comma or semicolon, RFC 4180 quoting) and the JSON fleet file.</summary>
public sealed class MeterImportReaderTests
{
    private const string Key = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    [Fact]
    public void CsvWithQuotesAndCommasIsRead()
    {
        var csv = $"Serial,Model,Memo,Host,Port,HDLC_Address,Client_SAP,Token_Key\r\nA1,SIM-1,\"kiosk, \"\"north\"\"\",10.0.0.5,4059,,16,{Key}\r\n\r\nA2,SIM-1,,10.0.0.6,4059,17,1,{Key}\r\n";

        var file = MeterImportReader.Read(csv, MeterImportFormat.Csv);

        Assert.Null(file.FileProblem);
        Assert.Equal(2, file.Entries.Count);
        var first = file.Entries[0].Draft!;
        Assert.Equal("A1", first.Serial);
        Assert.Equal("kiosk, \"north\"", first.Memo);
        Assert.Equal(ChannelKind.Tcp, first.ChannelKind);
        Assert.Equal(4059, first.Port);
        Assert.Null(first.HdlcAddress);
        Assert.Equal(16, first.ClientSap);
        Assert.Equal(32, first.TokenKey!.Length);
        Assert.Equal(31, first.TokenKey[31]);
        Assert.Equal(4, file.Entries[1].Position);
        Assert.Equal(17, file.Entries[1].Draft!.HdlcAddress);
    }

    [Fact]
    public void SemicolonCsvWithSerialLineIsRead()
    {
        var csv = $"serial;model;serial_port;baud_rate;hdlc_address;token_key\nB1;SIM-1;/dev/ttyUSB0;9600;18;{Convert.ToBase64String(new byte[32])}\n";

        var entry = Assert.Single(MeterImportReader.Read(csv, MeterImportFormat.Csv).Entries);

        Assert.Equal(ChannelKind.Serial, entry.Draft!.ChannelKind);
        Assert.Equal("/dev/ttyUSB0", entry.Draft.SerialPortName);
        Assert.Equal(9600, entry.Draft.BaudRate);
        Assert.Equal(new byte[32], entry.Draft.TokenKey);
    }

    [Fact]
    public void UnknownCsvColumnMakesFileUnreadable()
    {
        var file = MeterImportReader.Read("serial,colour\nA,red\n", MeterImportFormat.Csv);

        Assert.Equal(ImportProblemCode.CsvColumnUnknown, file.FileProblem!.Code);
        Assert.Contains("colour", file.FileProblem.Describe(CultureInfo.InvariantCulture));
        Assert.StartsWith("Заголовок у рядку 1", file.FileProblem.Describe(CultureInfo.GetCultureInfo("uk")));
    }

    [Fact]
    public void UnclosedQuoteNamesItsLine()
    {
        var file = MeterImportReader.Read("serial,memo\nA,ok\nB,\"never closed\n", MeterImportFormat.Csv);

        Assert.Equal(ImportProblemCode.CsvQuoteUnclosed, file.FileProblem!.Code);
        Assert.Equal(3, file.FileProblem.Arguments[0]);
    }

    [Fact]
    public void WrongFieldCountRejectsOnlyItsLine()
    {
        var file = MeterImportReader.Read($"serial,host,port,token_key\nA,h,1,{Key}\nB,h\n", MeterImportFormat.Csv);

        Assert.NotNull(file.Entries[0].Draft);
        var bad = file.Entries[1];
        Assert.Null(bad.Draft);
        Assert.Equal("B", bad.Serial);
        Assert.Equal(ImportProblemCode.CsvFieldCount, Assert.Single(bad.Problems).Code);
    }

    [Theory]
    [InlineData("serial,host,serial_port\nA,h,COM1\n", ImportProblemCode.ChannelAmbiguous)]
    [InlineData("serial,model\nA,m\n", ImportProblemCode.ChannelMissing)]
    [InlineData("serial,host,port\nA,h,40x\n", ImportProblemCode.ValueNotInteger)]
    [InlineData("serial,host,token_key\nA,h,zz!\n", ImportProblemCode.TokenKeyNotHexOrBase64)]
    public void BadValueIsReportedOnItsEntry(string csv, ImportProblemCode expected)
    {
        var entry = Assert.Single(MeterImportReader.Read(csv, MeterImportFormat.Csv).Entries);

        Assert.Null(entry.Draft);
        Assert.Contains(entry.Problems, p => p.Code == expected);
    }

    [Fact]
    public void RepeatedSerialIsMarkedOnLaterEntry()
    {
        var file = MeterImportReader.Read($"serial,host,port,token_key\nA,h,1,{Key}\nA,h,2,{Key}\n", MeterImportFormat.Csv);

        Assert.NotNull(file.Entries[0].Draft);
        Assert.Equal(ImportProblemCode.SerialRepeated, Assert.Single(file.Entries[1].Problems).Code);
    }

    [Fact]
    public void FleetJsonReadsAliasesAndIgnoresSimulationProperties()
    {
        var json = $$"""
            // a simulated fleet
            { "name": "demo", "meters": [
                { "serialNumber": "S1", "modelName": "SIM-1", "host": "127.0.0.1", "port": 4059, "clientSap": 16, "topUpKey": "{{Key}}", "seed": 3, "load": { "kind": "household" } },
                { "serial": "S2", "model": "SIM-1", "host": "127.0.0.1", "port": "4060", "tokenKey": "{{Key}}", },
                "not an object"
            ] }
            """;

        var file = MeterImportReader.Read(json, MeterImportFormat.FleetJson);

        Assert.Null(file.FileProblem);
        Assert.Equal(3, file.Entries.Count);
        Assert.Equal("S1", file.Entries[0].Draft!.Serial);
        Assert.Equal(16, file.Entries[0].Draft!.ClientSap);
        Assert.Equal(4060, file.Entries[1].Draft!.Port);
        Assert.Equal(ImportProblemCode.JsonEntryNotObject, Assert.Single(file.Entries[2].Problems).Code);
    }

    [Fact]
    public void JsonWithoutMetersArrayIsUnreadable()
    {
        var file = MeterImportReader.Read("{\"devices\": []}", MeterImportFormat.FleetJson);

        Assert.Equal(ImportProblemCode.JsonNoMeters, file.FileProblem!.Code);
        Assert.Contains("{\"meters\": [ ... ]}", file.FileProblem.Describe(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("fleet.JSON", "serial\n", MeterImportFormat.FleetJson)]
    [InlineData("meters.csv", "[]", MeterImportFormat.Csv)]
    [InlineData(null, "\uFEFF  [ {} ]", MeterImportFormat.FleetJson)]
    [InlineData("upload", "serial,host\n", MeterImportFormat.Csv)]
    public void FormatComesFromNameThenContent(string? name, string content, MeterImportFormat expected)
    {
        Assert.Equal(expected, MeterImportReader.DetectFormat(name, content));
    }

    [Fact]
    public void EmptyFileIsUnreadable()
    {
        Assert.Equal(ImportProblemCode.FileEmpty, MeterImportReader.Read(" \r\n", MeterImportFormat.Csv).FileProblem!.Code);
    }
}
