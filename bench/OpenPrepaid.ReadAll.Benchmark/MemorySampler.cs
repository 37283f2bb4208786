namespace OpenPrepaid.ReadAll.Benchmark;

/// <summary>
/// Samples this process's resident memory, managed heap and thread-pool size on a thread of its own, so that
/// a busy thread pool cannot delay the samples, and keeps the highest of each.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread _thread;
    private long _peakWorkingSet;
    private long _peakManagedHeap;
    private int _maxThreadPoolThreads;
    private int _samples;

    private MemorySampler()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "memory sampler" };
    }

    public static MemorySampler Start()
    {
        var sampler = new MemorySampler();
        sampler.Sample();
        sampler._thread.Start();
        return sampler;
    }

    /// <summary>Stops sampling after a last sample and returns the peaks.</summary>
    public MemoryPeaks Stop()
    {
        _stop.Set();
        _thread.Join();
        Sample();
        return new MemoryPeaks(_peakWorkingSet, _peakManagedHeap, _maxThreadPoolThreads, _samples);
    }

    public void Dispose()
    {
        if (!_stop.IsSet)
        {
            _stop.Set();
            _thread.Join();
        }

        _stop.Dispose();
    }

    private void Run()
    {
        while (!_stop.Wait(Interval))
        {
            Sample();
        }
    }

    private void Sample()
    {
        _peakWorkingSet = Math.Max(_peakWorkingSet, Environment.WorkingSet);
        _peakManagedHeap = Math.Max(_peakManagedHeap, GC.GetTotalMemory(forceFullCollection: false));
        _maxThreadPoolThreads = Math.Max(_maxThreadPoolThreads, ThreadPool.ThreadCount);
        _samples++;
    }
}
