using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Core.Driver;

/// <summary>
/// The only way the domain talks to meters. A driver maps prepaid concepts onto a meter model's objects
/// and owns the protocol: association, per-exchange timeouts and bounded retries (its own options), and
/// token building with the meter's key.
/// </summary>
/// <remarks>
/// Every method other than <see cref="OpenAsync"/> runs one exchange with one meter over a connection
/// opened for that meter's channel: it associates, does its work and releases, leaving the connection
/// ready for the next meter on the same line. Failures are reported as <see cref="MeterExchangeException"/>
/// (with the error in words), never as other exception types, except <see cref="OperationCanceledException"/>
/// when <c>cancellationToken</c> fires.
/// </remarks>
public interface IMeterDriver
{
    /// <summary>Opens the byte stream of a channel.</summary>
    /// <exception cref="MeterExchangeException">The channel could not be opened.</exception>
    Task<IMeterConnection> OpenAsync(ChannelEndpoint channel, CancellationToken cancellationToken);

    /// <summary>Reads everything the meter list, detail and prepaid views show.</summary>
    Task<MeterReading> ReadSnapshotAsync(MeterAccess meter, IMeterConnection connection, CancellationToken cancellationToken);

    /// <summary>Reads the prepaid settings in the meter.</summary>
    Task<MeterSettings> ReadSettingsAsync(MeterAccess meter, IMeterConnection connection, CancellationToken cancellationToken);

    /// <summary>Writes every field of <paramref name="settings"/> and returns the meter's response per field.</summary>
    /// <exception cref="MeterExchangeException">The exchange failed before every field had a response.</exception>
    Task<IReadOnlyList<SettingWriteResult>> WriteSettingsAsync(
        MeterAccess meter, IMeterConnection connection, PrepaidSettings settings, CancellationToken cancellationToken);

    /// <summary>
    /// Builds a top-up token for <paramref name="amount"/> (negative for a write-off) with
    /// <paramref name="tokenSequence"/>, enters it through the meter's token gateway and returns the token
    /// status the meter reports.
    /// </summary>
    /// <exception cref="TopUpOutcomeUnknownException">The connection was lost after the token may have reached the meter.</exception>
    /// <exception cref="MeterExchangeException">The token was not delivered (the driver guarantees this for every other failure).</exception>
    Task<TopUpResult> TopUpAsync(
        MeterAccess meter, IMeterConnection connection, long tokenSequence, decimal amount, CancellationToken cancellationToken);
}
