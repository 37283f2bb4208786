using System.Collections;
using System.Globalization;
using System.Resources;
using OpenPrepaid.Cli.Tests.Support;

namespace OpenPrepaid.Cli.Tests;

/// <summary>Options every command takes: the database, JSON output, the language, and the texts behind them.</summary>
public class GlobalOptionsTests
{
    [Fact]
    public async Task DatabaseIsCreatedAndMigratedOnFirstUse()
    {
        var folder = CliRun.TemporaryPath("nested");
        var database = Path.Combine(folder, "deeper", "op.db");
        var run = new CliRun();

        var exitCode = await run.RunAsync(["meters", "list", "--json", "--db", database, "--data", Path.Combine(folder, "data")]);

        Assert.Equal(0, exitCode);
        Assert.Equal("[]" + Environment.NewLine, run.Output);
        Assert.True(File.Exists(database));
        Assert.True(Directory.Exists(Path.Combine(folder, "data", "keys")));
    }

    [Fact]
    public async Task SqliteConnectionStringWorksLikePath()
    {
        var workspace = new Workspace();
        var first = new CliRun();
        var second = new CliRun();
        var data = Path.Combine(workspace.Folder, "data");

        await first.RunAsync(["profiles", "add", "Via path", "--price1", "1", "--db", workspace.Database, "--data", data]);
        var exitCode = await second.RunAsync(["profiles", "list", "--json", "--db", $"Data Source={workspace.Database}", "--data", data]);

        Assert.Equal(0, exitCode);
        Assert.Contains("\"name\": \"Via path\"", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionStringWithoutDatabaseIsInvalid()
    {
        var run = new CliRun();

        var exitCode = await run.RunAsync(["meters", "list", "--db", "Timeout=5;Pooling=false", "--json"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("\"code\": \"InvalidDatabase\"", run.Output, StringComparison.Ordinal);
        Assert.StartsWith("--db names no database.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachablePostgreSqlFailsWithoutPassword()
    {
        // Port 9 on loopback (discard) has no PostgreSQL server, so the connection is refused at once.
        var run = new CliRun();

        var exitCode = await run.RunAsync(["meters", "list", "--db", "Host=127.0.0.1;Port=9;Database=op;Username=op;Password=hunter2;Timeout=3"]);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Could not open the database PostgreSQL 127.0.0.1/op: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--timeout", "0", "--timeout must be 0.1 to 30 seconds; it is 0.")]
    [InlineData("--retries", "11", "--retries must be 0 to 10; it is 11.")]
    public async Task OutOfRangeGlobalOptionExitsTwo(string option, string value, string message)
    {
        var run = new CliRun();

        var exitCode = await run.RunAsync(["read", "--all", option, value]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'openprepaid read --help' to see the options.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseErrorWithJsonPrintsErrorDocument()
    {
        var run = new CliRun();

        var exitCode = await run.RunAsync(["journal", "--limit", "many", "--json"]);

        Assert.Equal(2, exitCode);
        using var document = System.Text.Json.JsonDocument.Parse(run.Output);
        var error = document.RootElement.GetProperty("error");
        Assert.Equal("InvalidArguments", error.GetProperty("code").GetString());
        Assert.Contains("'many'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseErrorNamesNestedCommand()
    {
        var run = new CliRun("uk");

        var exitCode = await run.RunAsync(["meters", "add", "X", "--colour", "red"]);

        Assert.Equal(2, exitCode);
        Assert.EndsWith("Запустіть 'openprepaid meters add --help', щоб побачити параметри." + Environment.NewLine, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryTextHasUkrainianTranslation()
    {
        var resources = new ResourceManager("OpenPrepaid.Cli.Resources.Messages", typeof(CliContext).Assembly);
        var english = Entries(resources, CultureInfo.InvariantCulture);
        var ukrainian = Entries(resources, CultureInfo.GetCultureInfo("uk"));

        Assert.Equal(english.Keys.Order(), ukrainian.Keys.Order());
        foreach (var (name, text) in english)
        {
            Assert.True(PlaceholderCount(text) == PlaceholderCount(ukrainian[name]), $"{name} has other placeholders in Ukrainian.");
        }

        // Texts that are the same in both languages are formats without words.
        var same = english.Where(e => ukrainian[e.Key] == e.Value).Select(e => e.Key).Order().ToList();
        Assert.Equal(["ImportLineFailed", "ImportLineResult", "ReadLineFailed"], same);
    }

    private static Dictionary<string, string> Entries(ResourceManager resources, CultureInfo culture)
    {
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static int PlaceholderCount(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"(?<!\{)\{(\d+)").Select(m => m.Groups[1].Value).Distinct().Count();
}
