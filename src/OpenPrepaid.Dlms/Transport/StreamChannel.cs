using System.Threading.Channels;

namespace OpenPrepaid.Dlms.Transport;

/// <summary>
/// One byte stream (a TCP connection or a serial port) for the transports of the meters behind it, used one
/// transport at a time. A background task keeps one read outstanding and queues what arrives, so a response
/// timeout only stops waiting on the queue and never cancels a read on the stream, which not every stream
/// survives. A zero-byte read is the end of the stream.
/// </summary>
public sealed class StreamChannel : IAsyncDisposable
{
    // Bounded so that a peer that floods the line while no transport reads blocks the pump instead of filling memory.
    private const int QueuedChunks = 64;
    private const int ReadSize = 4096;
    private static readonly TimeSpan PumpStopWait = TimeSpan.FromSeconds(2);

    private readonly Stream stream;
    private readonly IDisposable? owner;
    private readonly bool leaveOpen;
    private readonly StreamTrafficCounter? counter;
    private readonly Channel<byte[]> received = Channel.CreateBounded<byte[]>(
        new BoundedChannelOptions(QueuedChunks) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly CancellationTokenSource stopping = new();
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly Task pump;
    private int disposed;

    /// <summary>Wraps a duplex stream; with <paramref name="leaveOpen"/> false the stream is disposed with the channel.</summary>
    public StreamChannel(Stream stream, bool leaveOpen = false)
        : this(stream, null, leaveOpen)
    {
    }

    /// <summary>Wraps a stream that belongs to <paramref name="owner"/> (a TcpClient or SerialPort), disposed with the channel.</summary>
    public StreamChannel(Stream stream, IDisposable? owner, bool leaveOpen = false)
        : this(stream, owner, null, leaveOpen)
    {
    }

    /// <summary>
    /// Wraps a stream that belongs to <paramref name="owner"/> and adds every byte written and received to
    /// <paramref name="counter"/> (none when null).
    /// </summary>
    public StreamChannel(Stream stream, IDisposable? owner, StreamTrafficCounter? counter, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead || !stream.CanWrite)
        {
            throw new ArgumentException("The stream must be readable and writable.", nameof(stream));
        }

        this.stream = stream;
        this.owner = owner;
        this.leaveOpen = leaveOpen;
        this.counter = counter;
        pump = Task.Run(PumpAsync);
    }

    /// <summary>
    /// Returns the next bytes received, waiting for them. Throws <see cref="DlmsTransportException"/> when the
    /// stream has ended or failed, and <see cref="OperationCanceledException"/> when the token is cancelled.
    /// </summary>
    public async ValueTask<byte[]> ReadAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed != 0, this);
        try
        {
            return await received.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException exception)
        {
            string message = exception.InnerException is null
                ? "The connection was closed by the peer (end of stream)."
                : $"Reading from the connection failed: {exception.InnerException.Message}";
            throw new DlmsTransportException(message, exception.InnerException);
        }
    }

    /// <summary>Drops every received byte not yet read; returns how many were dropped.</summary>
    public int DiscardInput()
    {
        int count = 0;
        while (received.Reader.TryRead(out byte[]? chunk))
        {
            count += chunk.Length;
        }

        return count;
    }

    /// <summary>Writes and flushes <paramref name="data"/>; failures become <see cref="DlmsTransportException"/>.</summary>
    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed != 0, this);
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await stream.WriteAsync(data, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            counter?.AddWrite(data.Length);
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or InvalidOperationException)
        {
            throw new DlmsTransportException($"Writing to the connection failed: {exception.Message}", exception);
        }
        finally
        {
            writeLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        if (!leaveOpen)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            owner?.Dispose();
        }

        // A stream left open may ignore cancellation; the pump then ends with the stream's owner.
        await Task.WhenAny(pump, Task.Delay(PumpStopWait)).ConfigureAwait(false);
        stopping.Dispose();
        writeLock.Dispose();
    }

    private async Task PumpAsync()
    {
        var buffer = new byte[ReadSize];
        Exception? failure = null;
        try
        {
            while (true)
            {
                int count = await stream.ReadAsync(buffer, stopping.Token).ConfigureAwait(false);
                if (count == 0)
                {
                    break;
                }

                counter?.AddRead(count);
                await received.Writer.WriteAsync(buffer.AsSpan(0, count).ToArray(), stopping.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            failure = new ObjectDisposedException(nameof(StreamChannel));
        }
        catch (Exception exception)
        {
            // Whatever the stream throws is handed to the reader through the queue, not swallowed.
            failure = exception;
        }

        received.Writer.TryComplete(failure);
    }
}
