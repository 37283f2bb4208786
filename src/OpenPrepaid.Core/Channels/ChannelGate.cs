using System.Collections.Concurrent;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Core.Channels;

/// <summary>
/// Lets one workflow at a time use a channel in this process, so a charge never opens a second stream on
/// a serial line that a read is using. Register it once per process.
/// </summary>
public sealed class ChannelGate
{
    private readonly ConcurrentDictionary<ChannelIdentity, SemaphoreSlim> _locks = new();

    /// <summary>Waits until the channel is free and returns the lease that frees it again.</summary>
    public async Task<IDisposable> AcquireAsync(ChannelIdentity channel, CancellationToken cancellationToken)
    {
        var semaphore = _locks.GetOrAdd(channel, static _ => new SemaphoreSlim(1, 1));
        await semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Lease(semaphore);
    }

    private sealed class Lease(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
