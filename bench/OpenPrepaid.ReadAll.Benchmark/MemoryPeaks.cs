namespace OpenPrepaid.ReadAll.Benchmark;

/// <summary>The maximum values a <see cref="MemorySampler"/> saw.</summary>
/// <param name="WorkingSet">Resident memory of the process in bytes.</param>
/// <param name="ManagedHeap">Bytes on the managed heap, live or not yet collected.</param>
/// <param name="ThreadPoolThreads">Threads of the thread pool.</param>
/// <param name="Samples">Samples taken, one every 20 ms.</param>
internal sealed record MemoryPeaks(long WorkingSet, long ManagedHeap, int ThreadPoolThreads, int Samples);
