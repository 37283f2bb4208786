using System.Collections.Concurrent;
using OpenPrepaid.Dlms.Server;

namespace OpenPrepaid.Dlms.Tests.Transport;

/// <summary>
/// A test station whose sessions respond to each request with the request reversed, preceded by a marker byte
/// that names the station, so a test can tell which station responded. Faults are queued per exchange kind.
/// </summary>
internal sealed class ReversingEndpoint(byte marker = 0xAA) : IDlmsServerEndpoint
{
    private readonly ConcurrentQueue<ExchangeFault> linkSetupFaults = new();
    private readonly ConcurrentQueue<ExchangeFault> apduFaults = new();
    private int requestsApplied;
    private int sessionsOpened;
    private int sessionsDisposed;

    /// <summary>A request starting with this byte makes the session throw, as an application-layer bug would.</summary>
    public const byte CrashingRequest = 0xEE;

    public byte Marker { get; } = marker;

    public int RequestsApplied => Volatile.Read(ref requestsApplied);

    public int SessionsOpened => Volatile.Read(ref sessionsOpened);

    public int SessionsDisposed => Volatile.Read(ref sessionsDisposed);

    public ConcurrentQueue<(ushort Client, ushort Server)> OpenedSaps { get; } = new();

    public void QueueFault(ExchangeKind kind, ExchangeFault fault) =>
        (kind == ExchangeKind.LinkSetup ? linkSetupFaults : apduFaults).Enqueue(fault);

    public IDlmsApduSession OpenSession(ushort clientSap, ushort serverSap)
    {
        Interlocked.Increment(ref sessionsOpened);
        OpenedSaps.Enqueue((clientSap, serverSap));
        return new Session(this);
    }

    public ExchangeFault NextFault(ExchangeKind kind) =>
        (kind == ExchangeKind.LinkSetup ? linkSetupFaults : apduFaults).TryDequeue(out ExchangeFault fault) ? fault : ExchangeFault.None;

    /// <summary>The reply a session of this station gives to <paramref name="request"/>.</summary>
    public byte[] ExpectedReply(ReadOnlySpan<byte> request)
    {
        var reply = new byte[request.Length + 1];
        reply[0] = Marker;
        request.CopyTo(reply.AsSpan(1));
        Array.Reverse(reply, 1, request.Length);
        return reply;
    }

    private sealed class Session(ReversingEndpoint owner) : IDlmsApduSession
    {
        public ReadOnlyMemory<byte> Process(ReadOnlySpan<byte> request)
        {
            if (request.Length > 0 && request[0] == CrashingRequest)
            {
                throw new InvalidOperationException("A test session was told to fail.");
            }

            Interlocked.Increment(ref owner.requestsApplied);
            return owner.ExpectedReply(request);
        }

        public void Dispose() => Interlocked.Increment(ref owner.sessionsDisposed);
    }
}
