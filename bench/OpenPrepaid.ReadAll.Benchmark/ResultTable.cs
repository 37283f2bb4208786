using System.Globalization;
using System.Runtime.InteropServices;

namespace OpenPrepaid.ReadAll.Benchmark;

/// <summary>Writes the results as Markdown tables, and the one line for scripts.</summary>
internal static class ResultTable
{
    private const double Megabyte = 1024 * 1024;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(TextWriter output, IReadOnlyList<RunResult> results, BenchmarkOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);

        output.WriteLine(Format(
            $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; channels in parallel: {options.ParallelChannels}"));
        output.WriteLine();
        output.WriteLine("| setting | meters | failed | wall s | meters/s | round trips/meter | requests after association | bytes/meter sent | bytes/meter received | reader RSS MB before | reader RSS MB peak | managed heap MB peak |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in results)
        {
            output.WriteLine(Format(
                $"| {result.Setting.Name} | {result.Meters:N0} | {result.Failed:N0} | {result.Wall.TotalSeconds:0.00} | {result.MetersPerSecond:N1} | {result.RoundTripsPerMeter:0.0} | {Requests(result)} | {result.BytesWrittenPerMeter:N0} | {result.BytesReadPerMeter:N0} | {result.WorkingSetBefore / Megabyte:0} | {result.Peaks.WorkingSet / Megabyte:0} | {result.Peaks.ManagedHeap / Megabyte:0} |"));
        }

        var lines = results.Where(result => result.Setting.IsLine).ToList();
        if (lines.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| line | bytes both ways | round trips | turnaround ms | wire-time lower bound s | wall s | ratio |");
            output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var line in lines)
            {
                output.WriteLine(Format(
                    $"| {line.Setting.Name} | {line.BytesWritten + line.BytesRead:N0} | {line.Writes:N0} | {line.Setting.Turnaround.TotalMilliseconds:0} | {line.WireLowerBound.TotalSeconds:0.00} | {line.Wall.TotalSeconds:0.00} | {line.Ratio:0.000} |"));
            }
        }

        output.WriteLine();
        output.WriteLine("| profile | reader CPU s | simulator CPU s | GC gen0/1/2 | GC pause ms | allocated KB/meter | pool threads max | channel open ms | exchange ms/meter | save ms/meter | exchanges done at s | snapshots waiting max |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in results)
        {
            var probe = result.Probe;
            output.WriteLine(Format(
                $"| {result.Setting.Name} | {result.ReaderProcessorTime.TotalSeconds:0.00} | {result.SimulatorProcessorTime.TotalSeconds:0.00} | {result.Collections.Gen0}/{result.Collections.Gen1}/{result.Collections.Gen2} | {result.GcPause.TotalMilliseconds:0} | {result.AllocatedBytes / 1024.0 / result.Meters:N0} | {result.Peaks.ThreadPoolThreads} | {Mean(probe.OpenTime, probe.Opens):0.0} | {Mean(probe.ExchangeTime, probe.Exchanges):0.0} | {Mean(probe.SaveTime, probe.Saves):0.0} | {result.ExchangesDoneAt.TotalSeconds:0.00} | {result.MaxWaitingSnapshots:N0} |"));
        }

        foreach (var result in results.Where(result => result.Errors.Count > 0))
        {
            output.WriteLine();
            output.WriteLine(Format($"{result.Setting.Name}: {result.Failed:N0} meters failed, for example:"));
            foreach (var error in result.Errors)
            {
                output.WriteLine("  " + error);
            }
        }
    }

    /// <summary>
    /// Returns <c>ratio=R meters_per_s=M</c>: the line's wall time over its wire-time lower bound, and the TCP
    /// fleet's meters per second, each <c>n/a</c> when that setting did not run.
    /// </summary>
    public static string ScriptLine(IReadOnlyList<RunResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);

        var line = results.LastOrDefault(result => result.Setting.IsLine);
        var fleet = results.LastOrDefault(result => !result.Setting.IsLine);
        var ratio = line is null ? "n/a" : line.Ratio.ToString("0.000", Invariant);
        var metersPerSecond = fleet is null ? "n/a" : fleet.MetersPerSecond.ToString("0.0", Invariant);
        return $"ratio={ratio} meters_per_s={metersPerSecond}";
    }

    /// <summary>Requests after the association per meter: the mean, with the range when meters differ.</summary>
    private static string Requests(RunResult result) => result.Probe.MinRequests == result.Probe.MaxRequests
        ? result.Probe.MaxRequests.ToString(Invariant)
        : Format($"{result.RequestsPerMeter:0.00} ({result.Probe.MinRequests}-{result.Probe.MaxRequests})");

    private static double Mean(TimeSpan total, long count) => count == 0 ? 0 : total.TotalMilliseconds / count;

    private static string Format(FormattableString text) => text.ToString(Invariant);
}
