namespace OpenPrepaid.Dlms.Transport;

/// <summary>
/// Running totals of the bytes written to and read from every <see cref="StreamChannel"/> that shares this
/// counter, for benchmarks and diagnostics. Thread-safe, because channels on different connections add to
/// it at the same time.
/// </summary>
public sealed class StreamTrafficCounter
{
    private long bytesWritten;
    private long bytesRead;
    private long writes;

    /// <summary>Bytes handed to the streams by <see cref="StreamChannel.WriteAsync"/> and flushed.</summary>
    public long BytesWritten => Interlocked.Read(ref bytesWritten);

    /// <summary>Bytes received from the streams, whether or not a transport read them.</summary>
    public long BytesRead => Interlocked.Read(ref bytesRead);

    /// <summary>
    /// Completed <see cref="StreamChannel.WriteAsync"/> calls. <see cref="WrapperTransport"/> makes one per PDU and
    /// <see cref="HdlcTransport"/> one per batch of frames, which is one frame with a window of 1.
    /// </summary>
    public long Writes => Interlocked.Read(ref writes);

    internal void AddWrite(int count)
    {
        Interlocked.Add(ref bytesWritten, count);
        Interlocked.Increment(ref writes);
    }

    internal void AddRead(int count) => Interlocked.Add(ref bytesRead, count);
}
