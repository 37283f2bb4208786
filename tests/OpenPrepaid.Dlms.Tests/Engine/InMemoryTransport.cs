using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Dlms.Transport;

namespace OpenPrepaid.Dlms.Tests.Engine;

/// <summary>
/// A transport that hands each APDU straight to a server session, for engine tests that look at APDUs rather
/// than bytes on a socket. It records every APDU the client sent and can fail on a chosen request.
/// </summary>
internal sealed class InMemoryTransport(IDlmsApduSession session) : IDlmsTransport
{
    private readonly Queue<ReadOnlyMemory<byte>> _answers = new();

    public List<byte[]> Sent { get; } = [];

    public bool Closed { get; private set; }

    /// <summary>When set, the request with this index (0-based) is lost and the receive fails with a transport error.</summary>
    public int? FailOnRequest { get; set; }

    public int? MaxApduSize => null;

    public Task OpenAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SendAsync(ReadOnlyMemory<byte> apdu, CancellationToken cancellationToken)
    {
        Sent.Add(apdu.ToArray());
        if (FailOnRequest == Sent.Count - 1)
        {
            return Task.CompletedTask;
        }

        _answers.Enqueue(session.Process(apdu.Span));
        return Task.CompletedTask;
    }

    public Task<ReadOnlyMemory<byte>> ReceiveAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_answers.Count == 0)
        {
            throw new DlmsTransportException("The test link dropped the answer");
        }

        return Task.FromResult(_answers.Dequeue());
    }

    public Task CloseAsync(CancellationToken cancellationToken)
    {
        Closed = true;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
