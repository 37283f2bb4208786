namespace OpenPrepaid.Dlms.Server.Hosting;

/// <summary>
/// Simulates the timing of a half-duplex serial line at a baud rate: a byte takes 10 bit times (start bit,
/// 8 data bits, stop bit), so at 9600 baud about 1.04 ms. Received bytes occupy the line for their
/// transmission time, a reply starts only after the line is free and the turnaround delay has passed, and
/// the reply is written in small chunks as their bytes would leave the line.
/// </summary>
internal sealed class LinePacer
{
    private const int BitsPerByte = 10;
    private static readonly TimeSpan ChunkDuration = TimeSpan.FromMilliseconds(10);

    private readonly int baudRate;
    private readonly TimeSpan turnaround;
    private readonly TimeProvider time;
    private readonly int chunkSize;
    private long lineFreeAt;

    /// <param name="baudRate">Line speed in bit/s; 0 turns pacing off.</param>
    /// <param name="turnaround">Pause between the end of a request and the start of the reply.</param>
    public LinePacer(int baudRate, TimeSpan turnaround, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(baudRate);
        ArgumentOutOfRangeException.ThrowIfLessThan(turnaround, TimeSpan.Zero);
        this.baudRate = baudRate;
        this.turnaround = turnaround;
        this.time = time;
        chunkSize = baudRate == 0 ? int.MaxValue : Math.Max(1, (int)(baudRate / BitsPerByte * ChunkDuration.TotalSeconds));
        lineFreeAt = time.GetTimestamp();
    }

    /// <summary>Transmission time of <paramref name="count"/> bytes at the baud rate.</summary>
    public TimeSpan TransmissionTime(int count) =>
        baudRate == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(count * BitsPerByte * TimeSpan.TicksPerSecond / baudRate);

    /// <summary>Records bytes that arrived from the client: the line stays busy while they would be arriving.</summary>
    public void Received(int count)
    {
        if (baudRate == 0)
        {
            return;
        }

        long now = time.GetTimestamp();
        long start = Math.Max(now, lineFreeAt);
        lineFreeAt = start + ToTimestamp(TransmissionTime(count));
    }

    /// <summary>Waits until the line is free and the turnaround delay has passed.</summary>
    public async Task WaitForTurnAsync(CancellationToken cancellationToken)
    {
        TimeSpan untilFree = TimeUntil(lineFreeAt);
        TimeSpan wait = untilFree + turnaround;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes <paramref name="data"/> at the line's speed (all at once when pacing is off).</summary>
    public async Task WriteAsync(Stream stream, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        if (baudRate == 0)
        {
            await stream.WriteAsync(data, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        long start = time.GetTimestamp();
        for (int offset = 0; offset < data.Length; offset += chunkSize)
        {
            int count = Math.Min(chunkSize, data.Length - offset);

            // Each chunk is handed over when its last byte would have left the line.
            TimeSpan due = TransmissionTime(offset + count) - time.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, time, cancellationToken).ConfigureAwait(false);
            }

            await stream.WriteAsync(data.Slice(offset, count), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        lineFreeAt = time.GetTimestamp();
    }

    private TimeSpan TimeUntil(long timestamp)
    {
        long now = time.GetTimestamp();
        return timestamp <= now ? TimeSpan.Zero : time.GetElapsedTime(now, timestamp);
    }

    private long ToTimestamp(TimeSpan span) => (long)(span.TotalSeconds * time.TimestampFrequency);
}
