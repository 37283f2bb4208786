using OpenPrepaid.ReadAll.Benchmark;

var (options, error) = BenchmarkOptions.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync(error);
    await Console.Error.WriteLineAsync(BenchmarkOptions.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Stop reading and let the finally blocks stop the simulator, instead of leaving it running.
    e.Cancel = true;
    cancel.Cancel();
};

var settings = new List<RunSetting>();
if (options.Meters is { } meters)
{
    settings.Add(RunSetting.TcpFleet(meters));
}

if (options.LineMeters is { } lineMeters)
{
    settings.Add(RunSetting.Line(lineMeters, options.Baud, options.Turnaround));
}

var results = new List<RunResult>();
try
{
    foreach (var setting in settings)
    {
        results.Add(await ReadAllRun.RunAsync(setting, options, cancel.Token));
    }
}
catch (InvalidOperationException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    return 1;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("Cancelled.");
    return 130;
}

ResultTable.Write(Console.Out, results, options);
Console.WriteLine(ResultTable.ScriptLine(results));
return results.Any(result => result.Failed > 0) ? 1 : 0;
