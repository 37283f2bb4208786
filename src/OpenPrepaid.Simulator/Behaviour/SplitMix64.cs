namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014) used as a hash: the same seed and index give the same number on
/// every platform and runtime, unlike <see cref="Random"/>, whose algorithm is not part of its contract.
/// </summary>
internal static class SplitMix64
{
    public static ulong Hash(ulong seed, ulong index)
    {
        var z = seed + ((index + 1) * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Returns a number uniformly spread over <paramref name="minimum"/>..<paramref name="maximum"/> (inclusive).</summary>
    public static long Between(ulong seed, ulong index, long minimum, long maximum)
    {
        var span = (ulong)(maximum - minimum) + 1;
        return minimum + (long)(Hash(seed, index) % span);
    }
}
