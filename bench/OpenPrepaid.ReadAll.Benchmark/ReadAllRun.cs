using System.Diagnostics;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Simulator.Fleet;

namespace OpenPrepaid.ReadAll.Benchmark;

/// <summary>
/// Runs one setting: starts the simulator in its own process, registers its fleet in a fresh SQLite
/// database, reads every meter once with the product's Read all and stops the simulator.
/// </summary>
internal static class ReadAllRun
{
    private const int KeptErrors = 5;

    public static async Task<RunResult> RunAsync(RunSetting setting, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(options);

        var folder = Directory.CreateTempSubdirectory("openprepaid-readbench-").FullName;
        try
        {
            var fleetFile = Path.Combine(folder, "fleet.json");
            await Console.Error.WriteLineAsync($"{setting.Name}: starting the simulator").ConfigureAwait(false);

            // Binding thousands of ports and writing their log lines takes a while on a small machine.
            var startLimit = TimeSpan.FromSeconds(60) + (TimeSpan.FromMilliseconds(20) * setting.Meters);
            await using var simulator = await SimulatorProcess.StartAsync(
                options.OpenPrepaidPath, setting.SimulateArguments(options.Seed, fleetFile), fleetFile, startLimit, cancellationToken).ConfigureAwait(false);
            var fleet = await FleetFile.ReadAsync(fleetFile, cancellationToken).ConfigureAwait(false);

            var probe = new ReadProbe();
            await using var reader = await ReaderHost.StartAsync(folder, options.ParallelChannels, probe, cancellationToken).ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"{setting.Name}: registering {fleet.Count} meters").ConfigureAwait(false);
            await reader.RegisterAsync(fleet, cancellationToken).ConfigureAwait(false);

            await Console.Error.WriteLineAsync($"{setting.Name}: reading").ConfigureAwait(false);
            return await MeasureAsync(setting, reader, simulator, probe, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private static async Task<RunResult> MeasureAsync(
        RunSetting setting, ReaderHost reader, SimulatorProcess simulator, ReadProbe probe, CancellationToken cancellationToken)
    {
        // Start from a compacted heap, so that the peaks belong to the read and not to the registration.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

        using var self = Process.GetCurrentProcess();
        var workingSetBefore = Environment.WorkingSet;
        var heapBefore = GC.GetTotalMemory(forceFullCollection: false);
        var collectionsBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pauseBefore = GC.GetTotalPauseDuration();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = self.TotalProcessorTime;
        var simulatorCpuBefore = simulator.TotalProcessorTime;

        var ok = 0;
        var failed = 0;
        var errors = new List<string>();
        long maxWaiting = 0;
        using var sampler = MemorySampler.Start();
        var started = Stopwatch.GetTimestamp();
        var clock = Stopwatch.StartNew();
        await foreach (var report in reader.Reads.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (report.Status == ReadStatus.Ok)
            {
                ok++;

                // The read stores and reports each snapshot before the next, so the others wait in its queue.
                maxWaiting = Math.Max(maxWaiting, probe.Exchanges - ok);
            }
            else
            {
                failed++;
                var error = $"{report.Serial}: {report.Snapshot.Error}";
                if (errors.Count < KeptErrors)
                {
                    errors.Add(error);
                }
            }

            ShowProgress(report);
        }

        clock.Stop();
        var peaks = sampler.Stop();
        self.Refresh();

        return new RunResult
        {
            Setting = setting,
            Ok = ok,
            Failed = failed,
            Errors = errors,
            Wall = clock.Elapsed,
            BytesWritten = probe.Traffic.BytesWritten,
            BytesRead = probe.Traffic.BytesRead,
            Writes = probe.Traffic.Writes,
            Probe = probe,
            ExchangesDoneAt = probe.LastExchangeEnd == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(started, probe.LastExchangeEnd),
            MaxWaitingSnapshots = maxWaiting,
            WorkingSetBefore = workingSetBefore,
            ManagedHeapBefore = heapBefore,
            Peaks = peaks,
            ReaderProcessorTime = self.TotalProcessorTime - cpuBefore,
            SimulatorProcessorTime = simulator.TotalProcessorTime - simulatorCpuBefore,
            Collections = (GC.CollectionCount(0) - collectionsBefore.Item1, GC.CollectionCount(1) - collectionsBefore.Item2, GC.CollectionCount(2) - collectionsBefore.Item3),
            GcPause = GC.GetTotalPauseDuration() - pauseBefore,
            AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
        };
    }

    /// <summary>Writes the count of finished meters on standard error at every tenth of the fleet.</summary>
    private static void ShowProgress(MeterReadReport report)
    {
        var step = Math.Max(1, report.Total / 10);
        if (report.Completed % step == 0 || report.Completed == report.Total)
        {
            Console.Error.WriteLine($"  {report.Completed}/{report.Total}");
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException exception)
        {
            Console.Error.WriteLine($"The temporary folder {folder} was not deleted: {exception.Message}");
        }
    }
}
