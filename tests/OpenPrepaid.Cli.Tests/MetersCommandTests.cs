using System.Text.Json;
using OpenPrepaid.Cli.Tests.Support;
using OpenPrepaid.Simulator.Fleet;

namespace OpenPrepaid.Cli.Tests;

/// <summary><c>meters list|add|edit|remove|import</c> over a temporary SQLite database.</summary>
public class MetersCommandTests(FrozenFleet fleet) : IClassFixture<FrozenFleet>
{
    private const string KeyHex = "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F";

    [Fact]
    public async Task ImportFleetFileAddsThenUpdates()
    {
        var workspace = new Workspace();
        var entries = await FleetFile.ReadAsync(fleet.FleetFile);

        var first = await workspace.RunAsync("meters", "import", fleet.FleetFile, "--json");
        var second = await workspace.RunAsync("meters", "import", fleet.FleetFile);

        Assert.True(first.ExitCode == 0, first.ToString());
        var report = first.Json;
        Assert.Equal(4, report.GetProperty("added").GetInt32());
        Assert.Equal(0, report.GetProperty("updated").GetInt32());
        Assert.Equal("json", report.GetProperty("format").GetString());
        Assert.Equal(entries.Select(e => e.Serial), report.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("serial").GetString()));
        Assert.All(report.GetProperty("lines").EnumerateArray(), l => Assert.Equal("added", l.GetProperty("status").GetString()));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(
            string.Join(Environment.NewLine, entries.Select((e, i) => $"entry {i + 1}, {e.Serial}: updated")) + Environment.NewLine + "0 added, 4 updated, 0 failed." + Environment.NewLine,
            second.Output);

        var list = await workspace.RunAsync("meters", "list", "--json");
        var meters = list.Json.EnumerateArray().ToList();
        Assert.Equal(entries.Select(e => $"{e.Host}:{e.Port}"), meters.Select(m => m.GetProperty("channel").GetString()));
        Assert.All(meters, m => Assert.True(m.GetProperty("hasPassword").GetBoolean()));
        Assert.DoesNotContain(entries[0].Password, list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(entries[0].TokenKey, list.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ImportCsvReportsEachRow()
    {
        var workspace = new Workspace();
        var path = CliRun.TemporaryPath("meters.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, $"""
            serial;model;host;port;token_key;memo
            K1;ref;127.0.0.1;4059;{KeyHex};kiosk 1
            K2;ref;127.0.0.1;70000;{KeyHex};kiosk 2
            K3;ref;;;{KeyHex};kiosk 3
            """);

        var result = await workspace.RunAsync(["meters", "import", path], "uk");

        Assert.Equal(2, result.ExitCode);
        var lines = result.PlainOutput.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("рядок 2, K1: додано", lines[0]);
        Assert.Equal("рядок 3, K2: помилка — TCP-порт: значення 70 000 поза дозволеними межами від 1 до 65 535.", lines[1]);
        Assert.StartsWith("рядок 4, K3: помилка — Для лічильника не вказано ні хоста, ні послідовного порту.", lines[2], StringComparison.Ordinal);
        Assert.Equal("Додано: 1, оновлено: 0, з помилками: 2.", lines[3]);
    }

    [Fact]
    public async Task UnreadableFileIsInvalidInput()
    {
        var workspace = new Workspace();
        var path = CliRun.TemporaryPath("broken.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "[ { \"serial\": ");

        var broken = await workspace.RunAsync("meters", "import", path, "--json");
        var missing = await workspace.RunAsync("meters", "import", path + ".none");

        Assert.Equal(2, broken.ExitCode);
        Assert.Equal("JsonInvalid", broken.Json.GetProperty("error").GetProperty("code").GetString());
        Assert.StartsWith($"Could not import {path}: The file is not valid JSON", broken.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith($"Could not read {path}.none: ", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEditAndRemoveMeter()
    {
        var workspace = new Workspace();

        var added = await workspace.RunAsync("meters", "add", "M1", "--model", "ref", "--host", "127.0.0.1", "--port", "4059", "--token-key", KeyHex, "--password", "pw", "--memo", "flat 3");
        var edited = await workspace.RunAsync("meters", "edit", "M1", "--memo", "flat 4", "--serial-port", "/dev/ttyUSB0", "--baud-rate", "9600", "--hdlc-address", "17", "--json");
        var removed = await workspace.RunAsync("meters", "remove", "M1");
        var list = await workspace.RunAsync("meters", "list", "--json");

        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.Equal("Meter M1 added; channel: 127.0.0.1:4059." + Environment.NewLine, added.Output);
        Assert.True(edited.ExitCode == 0, edited.ToString());
        var meter = edited.Json;
        Assert.Equal("flat 4", meter.GetProperty("memo").GetString());
        Assert.Equal("/dev/ttyUSB0 at 9600 baud", meter.GetProperty("channel").GetString());
        Assert.Equal(17, meter.GetProperty("hdlcAddress").GetInt32());
        Assert.Equal(JsonValueKind.Null, meter.GetProperty("host").ValueKind);
        Assert.True(meter.GetProperty("hasPassword").GetBoolean());
        Assert.Equal("ref", meter.GetProperty("model").GetString());
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal("Meter M1 removed; its charges and journal entries stay." + Environment.NewLine, removed.Output);
        Assert.Empty(list.Json.EnumerateArray());
    }

    [Fact]
    public async Task InvalidFieldsAreNamedWithTheirRange()
    {
        var workspace = new Workspace();

        var english = await workspace.RunAsync("meters", "add", "M2", "--model", "ref", "--host", "127.0.0.1", "--port", "0", "--token-key", "ABCD", "--client-sap", "300");
        var ukrainian = await workspace.RunAsync(["meters", "add", "M2", "--host", "h", "--port", "1", "--token-key", KeyHex], "uk");

        Assert.Equal(2, english.ExitCode);
        Assert.Equal(
            string.Join(Environment.NewLine, "TCP port is 0; the allowed range is 1 to 65,535.", "Client SAP is 300; the allowed range is 1 to 127.", "Token key must be exactly 32 bytes; it has 2.") + Environment.NewLine,
            english.Error);
        Assert.Equal(2, ukrainian.ExitCode);
        Assert.Equal("Поле «Модель» обов’язкове." + Environment.NewLine, ukrainian.Error);
        Assert.Empty((await workspace.RunAsync("meters", "list", "--json")).Json.EnumerateArray());
    }

    [Fact]
    public async Task UnknownMeterEditIsInvalid()
    {
        var workspace = new Workspace();

        var edit = await workspace.RunAsync("meters", "edit", "NOPE", "--memo", "x");
        var remove = await workspace.RunAsync("meters", "remove", "NOPE", "--json");

        Assert.Equal(2, edit.ExitCode);
        Assert.Equal("Meter NOPE is not in the register." + Environment.NewLine, edit.Error);
        Assert.Equal(2, remove.ExitCode);
        Assert.Equal("MeterNotFound", remove.Json.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task EmptyRegisterSaysHowToAddMeters()
    {
        var workspace = new Workspace();

        var result = await workspace.RunAsync("meters", "list");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("The register has no meters. Add them with 'openprepaid meters add' or 'openprepaid meters import'." + Environment.NewLine, result.Output);
    }
}
