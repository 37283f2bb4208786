using System.Globalization;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Register.Import;
using OpenPrepaid.Core.Rules;
using OpenPrepaid.Core.Tests.Support;

namespace OpenPrepaid.Core.Tests.Register.Import;

public sealed class MeterImporterTests : IAsyncLifetime
{
    private const string KeyHex = "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Ukrainian = CultureInfo.GetCultureInfo("uk");
    private CoreHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await CoreHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private MeterImporter Importer => new(_harness.Register);

    [Fact]
    public async Task SimulatorFleetFileAddsEveryMeter()
    {
        // The layout the simulator writes: a bare camelCase array, hdlcAddress null over the TCP wrapper.
        var fleet = $$"""
            [
              { "serial": "SIM00001", "model": "OpenPrepaid SIM-1", "host": "127.0.0.1", "port": 40001, "hdlcAddress": null, "clientSap": 1, "password": "pw-one", "tokenKey": "{{KeyHex}}" },
              { "serial": "SIM00002", "model": "OpenPrepaid SIM-1", "host": "127.0.0.1", "port": 40002, "hdlcAddress": 17, "clientSap": 1, "password": "pw-two", "tokenKey": "{{KeyHex}}" }
            ]
            """;

        var report = await Importer.ImportAsync(fleet, MeterImportFormat.FleetJson, default);

        Assert.Null(report.FileProblem);
        Assert.Equal(2, report.Added);
        Assert.Equal(0, report.NotAdded);
        var second = (await _harness.MeterStore.FindAsync("SIM00002", default))!;
        var access = second.ToAccess(_harness.Protector);
        Assert.Equal("127.0.0.1:40002", second.Channel.ToString());
        Assert.Equal(17, second.HdlcAddress);
        Assert.Equal("pw-two", access.Password);
        Assert.Equal(Convert.FromHexString(KeyHex), access.TokenKey.ToArray());
    }

    [Fact]
    public async Task CsvRowsAreReportedOneByOne()
    {
        var csv = $"""
            serial;host;port;token_key;model
            A1;127.0.0.1;4059;{KeyHex};ref
            A2;127.0.0.1;70000;{KeyHex};ref
            A3;;;{KeyHex};ref
            A1;127.0.0.1;4060;{KeyHex};ref
            """;

        var report = await Importer.ImportAsync(csv, MeterImportFormat.Csv, default);

        Assert.Equal([2, 3, 4, 5], report.Lines.Select(l => l.Position));
        Assert.Equal(
            [MeterImportStatus.Added, MeterImportStatus.Rejected, MeterImportStatus.Unreadable, MeterImportStatus.Unreadable],
            report.Lines.Select(l => l.Status));
        Assert.Equal("TCP port is 70,000; the allowed range is 1 to 65,535.", Assert.Single(report.Lines[1].Describe(English)));
        Assert.Equal(ImportProblemCode.ChannelMissing, Assert.Single(report.Lines[2].Problems).Code);
        Assert.Equal("Serial number A1 appears a second time; its first entry is at 2.", Assert.Single(report.Lines[3].Describe(English)));
        Assert.Equal(1, report.Added);
        Assert.Equal(3, report.NotAdded);
    }

    [Fact]
    public async Task AddOnlyLeavesRegisteredMeterUnchanged()
    {
        await Importer.ImportAsync(Csv("B1", 4059, "first"), MeterImportFormat.Csv, default);

        var report = await Importer.ImportAsync(Csv("B1", 5000, "second"), MeterImportFormat.Csv, default);

        var line = Assert.Single(report.Lines);
        Assert.Equal(MeterImportStatus.Rejected, line.Status);
        Assert.Equal(RuleCode.MeterSerialTaken, Assert.Single(line.Violations).Code);
        Assert.Equal("Лічильник із серійним номером B1 уже є в реєстрі.", Assert.Single(line.Describe(Ukrainian)));
        Assert.Equal(4059, (await _harness.MeterStore.FindAsync("B1", default))!.Port);
    }

    [Fact]
    public async Task AddOrUpdateReplacesConnectionAndKeepsTokenSequence()
    {
        await Importer.ImportAsync(Csv("C1", 4059, "first"), MeterImportFormat.Csv, default);
        var csv = """
            serial,host,port,memo,model
            C1,127.0.0.2,5000,moved,ref
            C2,127.0.0.1,5001,new,ref
            """;

        var report = await Importer.ImportAsync(csv, MeterImportFormat.Csv, MeterImportMode.AddOrUpdate, default);

        Assert.Equal([MeterImportStatus.Updated, MeterImportStatus.Rejected], report.Lines.Select(l => l.Status));
        Assert.Equal(1, report.Updated);
        Assert.Equal(0, report.Added);
        Assert.Equal(1, report.NotAdded);
        var moved = (await _harness.MeterStore.FindAsync("C1", default))!;
        Assert.Equal("127.0.0.2:5000", moved.Channel.ToString());
        Assert.Equal("moved", moved.Memo);
        Assert.Equal(Convert.FromHexString(KeyHex), moved.ToAccess(_harness.Protector).TokenKey.ToArray());

        // A new meter still needs its token key, which the file leaves out.
        Assert.Equal(RuleCode.FieldRequired, Assert.Single(report.Lines[1].Violations).Code);
        Assert.Equal("Token key is required.", Assert.Single(report.Lines[1].Describe(English)));
    }

    [Fact]
    public async Task UpdateWithInvalidValueIsRejected()
    {
        await Importer.ImportAsync(Csv("D1", 4059, "first"), MeterImportFormat.Csv, default);

        var report = await Importer.ImportAsync(Csv("D1", 0, "second"), MeterImportFormat.Csv, MeterImportMode.AddOrUpdate, default);

        var line = Assert.Single(report.Lines);
        Assert.Equal(MeterImportStatus.Rejected, line.Status);
        Assert.Equal("TCP-порт: значення 0 поза дозволеними межами від 1 до 65 535.", Assert.Single(line.Describe(Ukrainian)).Replace('\u00A0', ' '));
        Assert.Equal("first", (await _harness.MeterStore.FindAsync("D1", default))!.Memo);
    }

    [Fact]
    public async Task UnreadableFileReportsNoLines()
    {
        var report = await Importer.ImportAsync("{ \"meters\": [ ", MeterImportFormat.FleetJson, MeterImportMode.AddOrUpdate, default);

        Assert.Equal(ImportProblemCode.JsonInvalid, report.FileProblem!.Code);
        Assert.Empty(report.Lines);
        Assert.Empty(await _harness.MeterStore.ListAsync(default));
    }

    private static string Csv(string serial, int port, string memo) => $"""
        serial,host,port,token_key,memo,model
        {serial},127.0.0.1,{port},{KeyHex},{memo},ref
        """;
}
