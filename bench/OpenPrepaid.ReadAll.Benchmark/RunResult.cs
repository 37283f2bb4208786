namespace OpenPrepaid.ReadAll.Benchmark;

/// <summary>The measurements of one read of one fleet, from the call of Read all to its last report.</summary>
internal sealed record RunResult
{
    public required RunSetting Setting { get; init; }

    public required int Ok { get; init; }

    public required int Failed { get; init; }

    /// <summary>The errors of the first failed meters (at most five), in words.</summary>
    public required IReadOnlyList<string> Errors { get; init; }

    public required TimeSpan Wall { get; init; }

    public required long BytesWritten { get; init; }

    public required long BytesRead { get; init; }

    /// <summary>Frames or wrapper PDUs the reader sent. Each got one reply, so these are the round trips on the wire.</summary>
    public required long Writes { get; init; }

    public required ReadProbe Probe { get; init; }

    /// <summary>Time from the call of Read all to the end of the last successful exchange. After it the read only stored the snapshots still waiting.</summary>
    public required TimeSpan ExchangesDoneAt { get; init; }

    /// <summary>Maximum number of snapshots read from meters but not yet stored and reported.</summary>
    public required long MaxWaitingSnapshots { get; init; }

    /// <summary>Resident memory of the reader after registering the fleet and a full garbage collection, before the read.</summary>
    public required long WorkingSetBefore { get; init; }

    public required long ManagedHeapBefore { get; init; }

    public required MemoryPeaks Peaks { get; init; }

    public required TimeSpan ReaderProcessorTime { get; init; }

    public required TimeSpan SimulatorProcessorTime { get; init; }

    /// <summary>Garbage collections of generations 0, 1 and 2 during the read.</summary>
    public required (int Gen0, int Gen1, int Gen2) Collections { get; init; }

    public required TimeSpan GcPause { get; init; }

    public required long AllocatedBytes { get; init; }

    public int Meters => Setting.Meters;

    public double MetersPerSecond => Meters / Wall.TotalSeconds;

    public double RoundTripsPerMeter => (double)Writes / Meters;

    /// <summary>Requests after the association per successful snapshot (GET requests and their blocks).</summary>
    public double RequestsPerMeter => Probe.Exchanges == 0 ? 0 : (double)Probe.Requests / Probe.Exchanges;

    public double BytesWrittenPerMeter => (double)BytesWritten / Meters;

    public double BytesReadPerMeter => (double)BytesRead / Meters;

    /// <summary>
    /// The minimum time a half-duplex line needs for this read: every byte both ways at 10 bits per byte, plus the
    /// meter's turnaround before each reply. Zero for a TCP fleet.
    /// </summary>
    public TimeSpan WireLowerBound => Setting.IsLine
        ? TimeSpan.FromSeconds((BytesWritten + BytesRead) * 10.0 / Setting.Baud) + (Setting.Turnaround * Writes)
        : TimeSpan.Zero;

    /// <summary>Wall time over <see cref="WireLowerBound"/>, or 0 for a TCP fleet.</summary>
    public double Ratio => Setting.IsLine ? Wall / WireLowerBound : 0;
}
