using OpenPrepaid.Dlms.Tests.Support;

namespace OpenPrepaid.Dlms.Tests.Axdr;

/// <summary>
/// Checks that a decoder is total: every input yields a value or a <see cref="DlmsProtocolException"/>, never
/// another exception, and decoding allocates no more than a fixed multiple of the input.
/// </summary>
public static class DecodingAssert
{
    /// <summary>
    /// Allocation accepted per input byte. A decoded value costs a few dozen bytes per input byte, but one packed
    /// byte of a compact-array may sit inside up to 32 nested structures, each an object and a list.
    /// </summary>
    private const long AllocationPerInputByte = 4096;

    /// <summary>Allocation accepted on top of the per-byte share, for exception objects and their messages.</summary>
    private const long AllocationAllowance = 1 << 20;

    /// <summary>Asserts that every strict prefix of a complete encoding is rejected with a protocol exception.</summary>
    public static void EveryTruncationIsRejected(byte[] complete, Func<byte[], object> decode)
    {
        for (var length = 0; length < complete.Length; length++)
        {
            var prefix = complete[..length];
            var error = Record.Exception(() => decode(prefix));
            Assert.True(
                error is DlmsProtocolException,
                $"The first {length} of {complete.Length} bytes gave {Describe(error)}: {Hex.Format(prefix)}");
        }
    }

    /// <summary>
    /// Asserts that the input decodes or is rejected with a protocol exception, within the allocation budget.
    /// Returns the decoded value, or null when the input was rejected.
    /// </summary>
    public static object? DecodesOrRejects(byte[] input, Func<byte[], object> decode)
    {
        object? value = null;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Record.Exception(() => value = decode(input));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(
            error is null or DlmsProtocolException,
            $"{Describe(error)} for input {Hex.Format(input)}");
        var budget = (AllocationPerInputByte * input.Length) + AllocationAllowance;
        Assert.True(
            allocated <= budget,
            $"Decoding {input.Length} bytes allocated {allocated} bytes, more than {budget}: {Hex.Format(input)}");
        return value;
    }

    /// <summary>
    /// Returns copies of the vector with one byte replaced: by the values that mean something in A-XDR and BER
    /// lengths and tags (0x00, 0x7F, 0x80..0x85, 0xFF), and by the original byte with a bit flipped or one added.
    /// </summary>
    public static IEnumerable<byte[]> SingleByteCorruptions(byte[] vector)
    {
        byte[] special = [0x00, 0x01, 0x02, 0x7F, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0xFE, 0xFF];
        for (var i = 0; i < vector.Length; i++)
        {
            var original = vector[i];
            byte[] neighbours = [(byte)(original ^ 0x01), (byte)(original ^ 0x80), unchecked((byte)(original + 1)), unchecked((byte)(original - 1))];
            foreach (var replacement in special.Concat(neighbours).Distinct())
            {
                if (replacement == original)
                {
                    continue;
                }

                var corrupted = (byte[])vector.Clone();
                corrupted[i] = replacement;
                yield return corrupted;
            }
        }
    }

    /// <summary>Runs the check on a worker thread and fails when it does not finish in time, so a decoder that hangs fails the test instead of blocking the run.</summary>
    public static async Task FinishesWithin(TimeSpan limit, Action check) => await Task.Run(check).WaitAsync(limit);

    private static string Describe(Exception? error) =>
        error is null ? "a decoded value" : $"{error.GetType().Name} ({error.Message})";
}
