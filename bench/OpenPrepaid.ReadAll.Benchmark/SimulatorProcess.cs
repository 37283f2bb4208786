using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace OpenPrepaid.ReadAll.Benchmark;

/// <summary>
/// <c>openprepaid simulate</c> running as a child process. It is ready once it has written its fleet file,
/// and it is stopped by its process id with SIGTERM (a kill after a grace period if it does not exit).
/// </summary>
internal sealed class SimulatorProcess : IAsyncDisposable
{
    private const int KeptOutputLines = 20;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private SimulatorProcess(Process process)
    {
        _process = process;
    }

    public int ProcessId => _process.Id;

    /// <summary>Processor time the simulator has used so far, on every core together.</summary>
    public TimeSpan TotalProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>
    /// Starts the simulator and waits until it has written <paramref name="fleetFile"/>. Throws
    /// <see cref="InvalidOperationException"/> with the simulator's last output when it exits first or is not
    /// ready within <paramref name="startLimit"/>.
    /// </summary>
    public static async Task<SimulatorProcess> StartAsync(
        string? openPrepaidPath, IReadOnlyList<string> arguments, string fleetFile, TimeSpan startLimit, CancellationToken cancellationToken)
    {
        var start = CreateStartInfo(openPrepaidPath ?? DefaultPath(), arguments);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Starting {start.FileName} failed.");
        var simulator = new SimulatorProcess(process);
        process.OutputDataReceived += (_, line) => simulator.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => simulator.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await simulator.WaitForFleetFileAsync(fleetFile, startLimit, cancellationToken).ConfigureAwait(false);
            return simulator;
        }
        catch
        {
            await simulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops the simulator: SIGTERM by process id, then a kill if it has not exited within the grace period.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                if (OperatingSystem.IsWindows() || UnixSignals.Kill(_process.Id, UnixSignals.Terminate) != 0)
                {
                    _process.Kill();
                }

                using var grace = new CancellationTokenSource(StopGrace);
                try
                {
                    await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    await Console.Error.WriteLineAsync($"The simulator (process {_process.Id}) did not stop within {StopGrace.TotalSeconds:0} s of SIGTERM, so it is killed.")
                        .ConfigureAwait(false);
                    _process.Kill();
                    await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static ProcessStartInfo CreateStartInfo(string path, IReadOnlyList<string> arguments)
    {
        var isAssembly = path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The openprepaid tool was not found at {path}: build src/OpenPrepaid.Cli or pass --openprepaid PATH.");
        }

        var start = new ProcessStartInfo(isAssembly ? "dotnet" : path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (isAssembly)
        {
            start.ArgumentList.Add(path);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static string DefaultPath() =>
        typeof(SimulatorProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "OpenPrepaidCliPath")?.Value
        ?? throw new InvalidOperationException("The build recorded no path of the openprepaid tool: pass --openprepaid PATH.");

    private async Task WaitForFleetFileAsync(string fleetFile, TimeSpan startLimit, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        while (!File.Exists(fleetFile))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The simulator exited with code {_process.ExitCode} before serving:{Environment.NewLine}{LastOutput()}");
            }

            if (started.Elapsed > startLimit)
            {
                throw new InvalidOperationException($"The simulator wrote no fleet file within {startLimit.TotalSeconds:0} s:{Environment.NewLine}{LastOutput()}");
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptOutputLines)
        {
            _output.TryDequeue(out _);
        }
    }

    private string LastOutput() => string.Join(Environment.NewLine, _output);
}
