using System.Globalization;
using Microsoft.Extensions.Logging;

namespace OpenPrepaid.Cli.Tests;

/// <summary>Runs the command line in-process with captured output and logs.</summary>
internal sealed class CliRun
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    /// <param name="typed">What an operator types at a terminal; null makes the input redirected and empty, as in a script.</param>
    /// <param name="terminal">True to run as if standard output were a terminal.</param>
    public CliRun(string culture = "en", string? typed = null, bool terminal = false)
    {
        Context = new CliContext(
            CultureInfo.GetCultureInfo(culture),
            TextWriter.Synchronized(_output),
            TextWriter.Synchronized(_error),
            level => LoggerFactory.Create(builder => builder.SetMinimumLevel(level).AddProvider(Logs)))
        {
            Input = new StringReader(typed ?? string.Empty),
            IsInputRedirected = typed is null,
            IsOutputTerminal = terminal,
            UserName = "test-operator",
        };
    }

    public CliContext Context { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public string Output => _output.ToString();

    public string Error => _error.ToString();

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        CliApplication.RunAsync(args, Context, handleTermination: false, cancellationToken);

    public static string TemporaryPath(string name) => Path.Combine(Path.GetTempPath(), $"openprepaid-{Guid.NewGuid():N}", name);

    /// <summary>Waits until the fleet file exists, or fails after 10 s.</summary>
    public static async Task WaitForFileAsync(string path, Task<int> running)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!File.Exists(path))
        {
            if (running.IsCompleted)
            {
                Assert.Fail($"The command ended with {await running} before writing {path}.");
            }

            Assert.True(DateTime.UtcNow < deadline, $"{path} was not written within 10 s.");
            await Task.Delay(25);
        }
    }
}
