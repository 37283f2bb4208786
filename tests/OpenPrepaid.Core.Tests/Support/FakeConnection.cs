using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Core.Tests.Support;

/// <summary>An open "stream" of the test driver; it checks that no two exchanges overlap on it.</summary>
public sealed class FakeConnection(FakeMeterDriver driver, ChannelEndpoint channel, int id) : IMeterConnection
{
    private int _busy;

    public ChannelEndpoint Channel { get; } = channel;

    public int Id { get; } = id;

    public bool IsBroken { get; set; }

    public bool IsDisposed { get; private set; }

    /// <summary>Marks one exchange in progress; throws when another one already is, which a real line cannot carry.</summary>
    public IDisposable BeginExchange()
    {
        if (IsDisposed)
        {
            throw new ObjectDisposedException($"connection {Id} to {Channel}");
        }

        if (Interlocked.Exchange(ref _busy, 1) == 1)
        {
            throw new InvalidOperationException($"Two exchanges overlap on connection {Id} to {Channel}.");
        }

        return new Exchange(this);
    }

    public ValueTask DisposeAsync()
    {
        if (!IsDisposed)
        {
            IsDisposed = true;
            driver.OnClosed(this);
        }

        return ValueTask.CompletedTask;
    }

    private sealed class Exchange(FakeConnection connection) : IDisposable
    {
        public void Dispose() => Interlocked.Exchange(ref connection._busy, 0);
    }
}
