using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Logging;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Core.Channels;

/// <summary>
/// Runs one exchange per meter: meters grouped by channel, channels in parallel up to
/// <see cref="MeterExchangeOptions.MaxParallelChannels"/>, meters of one channel one after another over
/// one connection, each meter bounded by <see cref="MeterExchangeOptions.MeterDeadline"/>. Results come
/// out as each meter finishes; a failure becomes a result, never an exception.
/// </summary>
internal sealed class ChannelScheduler
{
    private readonly IMeterDriver _driver;
    private readonly ISecretProtector _protector;
    private readonly ChannelGate _gate;
    private readonly MeterExchangeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ChannelScheduler(
        IMeterDriver driver, ISecretProtector protector, ChannelGate gate, MeterExchangeOptions options, TimeProvider time, ILogger logger)
    {
        _driver = driver;
        _protector = protector;
        _gate = gate;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <param name="work">The exchange with one meter over its channel's open connection.</param>
    /// <param name="failure">Turns a failed exchange (kind and error in words) into a result.</param>
    public async IAsyncEnumerable<TResult> RunAsync<TResult>(
        IReadOnlyList<Meter> meters,
        Func<MeterAccess, IMeterConnection, CancellationToken, Task<TResult>> work,
        Func<Meter, MeterFailureKind, string, TResult> failure,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var results = Channel.CreateUnbounded<TResult>(new UnboundedChannelOptions { SingleReader = true });
        var groups = meters.GroupBy(m => m.ChannelIdentity).Select(g => g.ToList()).ToList();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var producer = Task.Run(
            async () =>
            {
                try
                {
                    var parallel = new ParallelOptions
                    {
                        MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelChannels),
                        CancellationToken = stop.Token,
                    };
                    await Parallel.ForEachAsync(groups, parallel, (group, ct) => RunChannelAsync(group, work, failure, results.Writer, ct))
                        .ConfigureAwait(false);
                    results.Writer.TryComplete();
                }
                catch (Exception exception)
                {
                    results.Writer.TryComplete(exception);
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var result in results.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }
        }
        finally
        {
            // Stop the remaining channels when the caller stops enumerating early, and wait so that no
            // connection outlives the call.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private async ValueTask RunChannelAsync<TResult>(
        List<Meter> group,
        Func<MeterAccess, IMeterConnection, CancellationToken, Task<TResult>> work,
        Func<Meter, MeterFailureKind, string, TResult> failure,
        ChannelWriter<TResult> writer,
        CancellationToken cancellationToken)
    {
        var channel = group[0].Channel;
        using var lease = await _gate.AcquireAsync(channel.Identity, cancellationToken).ConfigureAwait(false);
        IMeterConnection? connection = null;
        (MeterFailureKind Kind, string Error)? channelFailure = null;

        try
        {
            foreach (var meter in group)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (channelFailure is { } dead)
                {
                    await writer.WriteAsync(failure(meter, dead.Kind, dead.Error), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                using var deadline = new CancellationTokenSource(_options.MeterDeadline, _time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
                var opening = false;
                TResult result;
                try
                {
                    if (connection is null || connection.IsBroken)
                    {
                        await CloseAsync(connection, channel).ConfigureAwait(false);
                        connection = null;
                        opening = true;
                        connection = await _driver.OpenAsync(channel, linked.Token).ConfigureAwait(false);
                        opening = false;
                    }

                    result = await work(meter.ToAccess(_protector), connection, linked.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    CoreLog.MeterDeadlinePassed(_logger, meter.Serial, channel.ToString(), _options.MeterDeadline.TotalSeconds);
                    var error = $"timed out: no result within {_options.MeterDeadline.TotalSeconds:0} s";
                    result = failure(meter, MeterFailureKind.TimedOut, error);

                    // The stream is in an unknown state after an abandoned exchange; never reuse it.
                    await CloseAsync(connection, channel).ConfigureAwait(false);
                    connection = null;
                    if (opening)
                    {
                        channelFailure = (MeterFailureKind.TimedOut, error);
                    }
                }
                catch (MeterExchangeException exception)
                {
                    result = failure(meter, exception.Kind, exception.Message);
                    if (opening)
                    {
                        CoreLog.ChannelOpenFailed(_logger, channel.ToString(), exception.Kind.ToString(), exception.Message, group.Count);
                        channelFailure = (exception.Kind, exception.Message);
                    }
                    else
                    {
                        CoreLog.MeterExchangeFailed(_logger, meter.Serial, channel.ToString(), exception.Kind.ToString(), exception.Message);
                    }
                }
                catch (CryptographicException exception)
                {
                    CoreLog.CredentialsUnreadable(_logger, meter.Serial, exception);
                    result = failure(meter, MeterFailureKind.Other, "stored credentials cannot be decrypted: enter the password and token key again");
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    CoreLog.DriverFaulted(_logger, meter.Serial, channel.ToString(), exception);
                    result = failure(meter, MeterFailureKind.Other, "driver error: " + exception.Message);
                    await CloseAsync(connection, channel).ConfigureAwait(false);
                    connection = null;
                }

                await writer.WriteAsync(result, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await CloseAsync(connection, channel).ConfigureAwait(false);
        }
    }

    private async Task CloseAsync(IMeterConnection? connection, Register.ChannelEndpoint channel)
    {
        if (connection is null)
        {
            return;
        }

        try
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            CoreLog.ChannelCloseFailed(_logger, channel.ToString(), exception);
        }
    }
}
