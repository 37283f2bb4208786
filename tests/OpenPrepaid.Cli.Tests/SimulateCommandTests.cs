using System.Net;
using System.Net.Sockets;
using System.Text;
using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Client;
using OpenPrepaid.Dlms.Transport;
using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Simulator.Fleet;

namespace OpenPrepaid.Cli.Tests;

/// <summary><c>openprepaid simulate</c> run in-process: it serves real meters until cancelled.</summary>
public class SimulateCommandTests
{
    private static readonly CosemAttributeDescriptor SerialNumber = new(1, new Dlms.Cosem.ObisCode(0, 0, 96, 1, 0, 255), 2);

    [Fact]
    public async Task SimulateServesFleetFileUntilCancelled()
    {
        var run = new CliRun();
        var path = CliRun.TemporaryPath("fleet.json");
        using var stop = new CancellationTokenSource();

        var running = run.RunAsync(["simulate", "--meters", "3", "--seed", "5", "--fleet-file", path, "--verbose"], stop.Token);
        await CliRun.WaitForFileAsync(path, running);
        var entries = await FleetFile.ReadAsync(path);
        var serials = new List<DlmsData>();
        foreach (var entry in entries)
        {
            await using var client = await ConnectWrapperAsync(entry);
            serials.Add(await client.GetAsync(SerialNumber));
        }

        await stop.CancelAsync();
        var exitCode = await running.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, exitCode);
        Assert.Equal(["SIM00001", "SIM00002", "SIM00003"], entries.Select(entry => entry.Serial));
        Assert.All(entries, entry => Assert.Null(entry.HdlcAddress));
        Assert.All(entries, entry => Assert.Equal(1, entry.ClientSap));
        Assert.Equal(entries.Select(entry => (DlmsData)new VisibleStringData(entry.Serial)), serials);
        Assert.Equal(FleetPlanner.DerivePassword(5, "SIM00002"), entries[1].Password);
        Assert.Contains("Serving 3 simulated meters", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("Fleet stopped." + Environment.NewLine, run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task LogsNameMetersButNoSecrets()
    {
        var run = new CliRun();
        var path = CliRun.TemporaryPath("fleet.json");
        using var stop = new CancellationTokenSource();

        var running = run.RunAsync(["simulate", "--meters", "1", "--fleet-file", path, "--verbose"], stop.Token);
        await CliRun.WaitForFileAsync(path, running);
        var entry = Assert.Single(await FleetFile.ReadAsync(path));
        await using (var client = await ConnectWrapperAsync(entry))
        {
            await client.GetAsync(SerialNumber);
            await client.SetAsync(new CosemAttributeDescriptor(1, new Dlms.Cosem.ObisCode(0, 0, 96, 50, 7, 255), 2), new OctetStringData(Convert.FromHexString(entry.TokenKey)));
            await client.TryActionAsync(new CosemMethodDescriptor(115, new Dlms.Cosem.ObisCode(0, 0, 19, 40, 0, 255), 1), new OctetStringData(Encoding.ASCII.GetBytes(entry.Password)));
        }

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
        var logs = run.Logs.Messages;

        Assert.Contains(logs, message => message.Contains("SIM00001: client 1 associated", StringComparison.Ordinal));
        Assert.Contains(logs, message => message.Contains("SIM00001: client 1 SET", StringComparison.Ordinal));
        Assert.Contains(logs, message => message.Contains("Meter SIM00001: client 1 read serial-number attribute 2", StringComparison.Ordinal));
        Assert.Contains(logs, message => message.Contains("Meter SIM00001: token rejected", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, message => message.Contains(entry.Password, StringComparison.Ordinal));
        Assert.DoesNotContain(logs, message => message.Contains(entry.TokenKey, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs, message => message.Contains(Convert.ToHexString(Encoding.ASCII.GetBytes(entry.Password)), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SimulateServesHdlcLines()
    {
        var run = new CliRun();
        var path = CliRun.TemporaryPath("fleet.json");
        using var stop = new CancellationTokenSource();

        var running = run.RunAsync(["simulate", "-n", "3", "--line", "2", "--baud", "115200", "--turnaround", "5", "--fleet-file", path], stop.Token);
        await CliRun.WaitForFileAsync(path, running);
        var entries = await FleetFile.ReadAsync(path);
        var third = entries[2];
        await using var line = await TcpConnector.ConnectAsync(third.Host, third.Port, TimeSpan.FromSeconds(5), CancellationToken.None);
        await using var client = new DlmsClient(
            new HdlcTransport(line, new HdlcTransportSettings { ClientAddress = third.ClientSap, ServerLowerAddress = third.HdlcAddress }),
            new DlmsClientOptions { Authentication = AuthenticationMechanism.Low, Password = Encoding.ASCII.GetBytes(third.Password) });
        await client.AssociateAsync();
        var serial = await client.GetAsync(SerialNumber);
        await client.ReleaseAsync();
        await stop.CancelAsync();

        Assert.Equal(0, await running.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal([16, 17, 16], entries.Select(entry => entry.HdlcAddress!.Value));
        Assert.Equal(entries[0].Port, entries[1].Port);
        Assert.NotEqual(entries[0].Port, third.Port);
        Assert.Equal(new VisibleStringData("SIM00003"), serial);
    }

    [Fact]
    public async Task BadFaultSpecExitsTwo()
    {
        var run = new CliRun();
        var path = CliRun.TemporaryPath("fleet.json");

        var exitCode = await run.RunAsync(["simulate", "--meters", "3", "--fleet-file", path, "--faults", "SIM00003=noanswr:2"]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Invalid --faults: 'noanswr' is not a fault kind. Accepted forms: noanswer[:N], close-before[:N]", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task BadFaultSpecIsReportedInUkrainian()
    {
        var run = new CliRun("uk");

        var exitCode = await run.RunAsync(["simulate", "--meters", "3", "--fleet-file", CliRun.TemporaryPath("fleet.json"), "--faults", "SIM00003=delay:fast"]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Неправильний --faults: тривалість 'fast' не є цілим числом мс або с", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaultForUnknownMeterExitsTwo()
    {
        var run = new CliRun();

        var exitCode = await run.RunAsync(["simulate", "--meters", "3", "--fleet-file", CliRun.TemporaryPath("fleet.json"), "--faults", "SIM00009=dead"]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Invalid --faults: no meter of the fleet has serial number 'SIM00009'.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--meters 0", "--meters must be 1 to 10000; it is 0.")]
    [InlineData("--meters 10001", "--meters must be 1 to 10000; it is 10001.")]
    [InlineData("--meters 3 --base-port 65534", "--base-port 65534 does not leave room for 3 port(s)")]
    [InlineData("--meters 3 --line 0", "--line must be 1 or more meters per line; it is 0.")]
    [InlineData("--meters 3 --baud 9600", "--baud and --turnaround apply to HDLC lines only; add --line M.")]
    [InlineData("--meters 3 --line 2 --turnaround 20000", "--turnaround must be 0 to 10000 ms; it is 20000.")]
    [InlineData("--meters 3 --speed 0", "--speed must be 1 to 1000000; it is 0.")]
    [InlineData("--meters three", "Cannot parse argument 'three' for option '--meters'")]
    [InlineData("--meters 3 --color red", "Unrecognized command or argument '--color'.")]
    [InlineData("--meters 3 --culture de", "Argument 'de' not recognized. Must be one of:")]
    public async Task InvalidInputExitsTwo(string options, string message)
    {
        var run = new CliRun();

        var exitCode = await run.RunAsync(["simulate", .. options.Split(' '), "--fleet-file", CliRun.TemporaryPath("fleet.json")]);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonPrintsFleetDocumentOnly()
    {
        var run = new CliRun();
        var path = CliRun.TemporaryPath("fleet.json");
        using var stop = new CancellationTokenSource();

        var running = run.RunAsync(["simulate", "--meters", "2", "--fleet-file", path, "--json"], stop.Token);
        await CliRun.WaitForFileAsync(path, running);
        var entries = await FleetFile.ReadAsync(path);
        await stop.CancelAsync();
        var exitCode = await running.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, exitCode);
        using var document = System.Text.Json.JsonDocument.Parse(run.Output);
        Assert.Equal(path, document.RootElement.GetProperty("fleetFile").GetString());
        var meters = document.RootElement.GetProperty("meters").EnumerateArray().ToList();
        Assert.Equal(entries.Select(e => e.Serial), meters.Select(m => m.GetProperty("serial").GetString()));
        Assert.Equal(entries.Select(e => e.Port), meters.Select(m => m.GetProperty("port").GetInt32()));
        Assert.All(meters, m => Assert.StartsWith("balance ", m.GetProperty("state").GetString(), StringComparison.Ordinal));
        Assert.DoesNotContain(entries[0].Password, run.Output, StringComparison.Ordinal);
        Assert.Contains("Serving 2 simulated meters", run.Error, StringComparison.Ordinal);
        Assert.Contains("Fleet stopped.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidInputWithJsonPrintsErrorDocument()
    {
        var run = new CliRun();

        var exitCode = await run.RunAsync(["simulate", "--meters", "0", "--fleet-file", CliRun.TemporaryPath("fleet.json"), "--json"]);

        Assert.Equal(2, exitCode);
        using var document = System.Text.Json.JsonDocument.Parse(run.Output);
        Assert.Equal("--meters must be 1 to 10000; it is 0.", document.RootElement.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task MissingFleetFileExitsTwo()
    {
        var run = new CliRun();

        var exitCode = await run.RunAsync(["simulate", "--meters", "2"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("Option '--fleet-file' is required.", run.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'openprepaid simulate --help' to see the options.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortInUseExitsOne()
    {
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var port = ((IPEndPoint)blocker.LocalEndpoint).Port;
        var run = new CliRun();
        var path = CliRun.TemporaryPath("fleet.json");

        var exitCode = await run.RunAsync(["simulate", "--meters", "1", "--base-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--fleet-file", path]);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"Could not start the fleet: Could not listen on 127.0.0.1:{port}", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task HelpDocumentsFaultGrammar()
    {
        var run = new CliRun();

        var exitCode = await run.RunAsync(["simulate", "--help"]);

        Assert.Equal(0, exitCode);
        Assert.Contains("pause-final:D[:N]", run.Output, StringComparison.Ordinal);
        Assert.Contains("--fleet-file <PATH>", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "simulate" }, "uk-UA", "uk")]
    [InlineData(new[] { "simulate" }, "en-US", "en")]
    [InlineData(new[] { "simulate" }, "de-DE", "en")]
    [InlineData(new[] { "simulate", "--culture", "en" }, "uk-UA", "en")]
    [InlineData(new[] { "--culture=uk", "simulate" }, "en-US", "uk")]
    [InlineData(new[] { "simulate", "--culture", "xx" }, "uk-UA", "uk")]
    public void CultureFollowsOptionThenSystem(string[] args, string system, string expected)
    {
        var culture = CliContext.ChooseCulture(args, System.Globalization.CultureInfo.GetCultureInfo(system));

        Assert.Equal(expected, culture.Name);
    }

    private static async Task<DlmsClient> ConnectWrapperAsync(FleetFileEntry entry)
    {
        var channel = await TcpConnector.ConnectAsync(entry.Host, entry.Port, TimeSpan.FromSeconds(5), CancellationToken.None);
        var client = new DlmsClient(
            new WrapperTransport(channel, new WrapperTransportSettings { ClientPort = (ushort)entry.ClientSap }, ownsChannel: true),
            new DlmsClientOptions { Authentication = AuthenticationMechanism.Low, Password = Encoding.ASCII.GetBytes(entry.Password), PeerName = entry.Serial });
        await client.AssociateAsync();
        return client;
    }
}
