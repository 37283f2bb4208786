using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Dlms;

namespace OpenPrepaid.Meters.Driver;

public sealed partial class DlmsMeterDriver
{
    /// <summary>
    /// Runs one exchange: associate, <paramref name="work"/>, release, bounded by
    /// <see cref="DlmsMeterDriverOptions.MaxExchangeDuration"/>. A timeout, a lost connection or a garbled response
    /// is tried again on a fresh association (and a fresh connection where the stream is in doubt) up to
    /// <see cref="DlmsMeterDriverOptions.Retries"/> times, except a timeout over HDLC, where the link has already
    /// repeated its frames, and anything after a token may have left. Every failure leaves as a
    /// <see cref="MeterExchangeException"/> with the error in words.
    /// </summary>
    private async Task<T> RunAsync<T>(
        MeterAccess meter,
        IMeterConnection connection,
        string operation,
        Func<DlmsMeterSession, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meter);
        var dlmsConnection = Check(meter, connection);
        var model = _options.FindModel(meter.Model) ?? throw new MeterExchangeException(
            meter.Serial, MeterFailureKind.Other, $"no object map for model '{meter.Model}': add its model file to the driver's models");
        var map = new ModelMap(model, checked((ushort)meter.ClientSap));
        var hdlc = DlmsMeterSession.UsesHdlc(meter);
        var attempts = _options.Retries + 1;

        using var claim = dlmsConnection.Claim();
        using var deadline = new CancellationTokenSource(_options.MaxExchangeDuration, _options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        for (var attempt = 1; ; attempt++)
        {
            var stream = await GetStreamAsync(meter, dlmsConnection, linked.Token, deadline).ConfigureAwait(false);
            var session = DlmsMeterSession.Create(meter, map, stream, _options, _listCaps, _logger);
            try
            {
                await session.AssociateAsync(linked.Token).ConfigureAwait(false);
                var result = await work(session, linked.Token).ConfigureAwait(false);
                await session.ReleaseAsync(linked.Token).ConfigureAwait(false);
                if (deadline.IsCancellationRequested || (session.LinkFailed && !hdlc))
                {
                    // The release timed out or was cut short, so its response may still arrive on this stream.
                    dlmsConnection.MarkBroken();
                }

                dlmsConnection.LastExchangeRequestCount = session.RequestCount;
                DriverLog.ExchangeFinished(_logger, meter.Serial, operation, session.RequestCount);
                return result;
            }
            catch (OperationCanceledException exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                dlmsConnection.MarkBroken();
                throw Failed(meter, operation, session, MeterFailures.DeadlinePassed(meter.Serial, _options.MaxExchangeDuration, exception));
            }
            catch (OperationCanceledException)
            {
                dlmsConnection.MarkBroken();
                throw;
            }
            catch (DlmsException exception)
            {
                if (BreaksStream(exception, hdlc))
                {
                    dlmsConnection.MarkBroken();
                }

                if (!session.TokenOutcomePending && attempt < attempts && IsWorthRetrying(exception, hdlc))
                {
                    DriverLog.Retrying(_logger, meter.Serial, operation, attempt, attempts, exception.Message);
                    continue;
                }

                // Over HDLC the link repeats each frame; over the wrapper each attempt is one try.
                var tries = hdlc && exception is DlmsTimeoutException ? attempts : attempt;
                throw Failed(meter, operation, session, MeterFailures.ExchangeFailed(meter.Serial, exception, tries));
            }
            catch (MeterExchangeException exception)
            {
                throw Failed(meter, operation, session, exception);
            }
            finally
            {
                await session.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<Dlms.Transport.StreamChannel> GetStreamAsync(
        MeterAccess meter, DlmsMeterConnection connection, CancellationToken cancellationToken, CancellationTokenSource deadline)
    {
        try
        {
            return await connection.GetStreamAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (deadline.IsCancellationRequested)
        {
            connection.MarkBroken();
            throw MeterFailures.DeadlinePassed(meter.Serial, _options.MaxExchangeDuration, exception);
        }
        catch (MeterExchangeException exception)
        {
            connection.MarkBroken();
            throw new MeterExchangeException(meter.Serial, exception.Kind, exception.Message, exception.InnerException);
        }
    }

    /// <summary>Logs the failure; after a token may have left, turns it into an unknown outcome.</summary>
    private MeterExchangeException Failed(MeterAccess meter, string operation, DlmsMeterSession session, MeterExchangeException failure)
    {
        if (session.TokenOutcomePending)
        {
            DriverLog.TokenOutcomeUnknown(_logger, meter.Serial, session.TokenSequence ?? 0, failure.Message);
            return failure as TopUpOutcomeUnknownException ?? new TopUpOutcomeUnknownException(meter.Serial, failure.Message, failure.InnerException);
        }

        DriverLog.ExchangeFailed(_logger, meter.Serial, operation, failure.Kind.ToString(), failure.Message);
        return failure;
    }

    private static DlmsMeterConnection Check(MeterAccess meter, IMeterConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is not DlmsMeterConnection dlms)
        {
            throw new ArgumentException($"The connection was not opened by {nameof(DlmsMeterDriver)}.", nameof(connection));
        }

        if (dlms.Channel.Identity != meter.ChannelIdentity)
        {
            throw new ArgumentException($"Meter {meter.Serial} is on {meter.Channel}, but the connection is to {dlms.Channel}.", nameof(connection));
        }

        return dlms;
    }

    /// <summary>
    /// Whether the stream may be out of step after the failure. HDLC frames carry their own length and the next
    /// SNRM drops stale input, so only a failed stream breaks an HDLC line. Over the wrapper a late response or a
    /// garbled length would be read as the next response, so a timeout or a protocol error breaks it too.
    /// </summary>
    private static bool BreaksStream(DlmsException exception, bool hdlc) => exception switch
    {
        DlmsTimeoutException => !hdlc,
        DlmsTransportException => true,
        DlmsProtocolException => !hdlc,
        _ => false,
    };

    private static bool IsWorthRetrying(DlmsException exception, bool hdlc) => exception switch
    {
        DlmsTimeoutException => !hdlc,
        DlmsTransportException or DlmsProtocolException => true,
        DlmsAssociationException association => association.IsTransient,
        _ => false,
    };
}
