using Microsoft.Extensions.Logging;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Logging;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Core.Charges;

/// <summary>One open connection to a meter's channel for a charge step, or the failure that prevented it.</summary>
internal sealed class MeterSession(MeterAccess? access, IMeterConnection? connection, MeterExchangeException? failure, ILogger logger)
    : IAsyncDisposable
{
    public MeterAccess? Access { get; } = access;

    public IMeterConnection? Connection { get; } = connection;

    public MeterExchangeException? Failure { get; } = failure;

    /// <summary>Closes the connection; a failure to close is logged, because the step's outcome is already decided.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Connection is null)
        {
            return;
        }

        try
        {
            await Connection.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            CoreLog.ChannelCloseFailed(logger, Connection.Channel.ToString(), exception);
        }
    }
}
