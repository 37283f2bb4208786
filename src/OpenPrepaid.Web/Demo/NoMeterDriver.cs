using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Web.Demo;

/// <summary>
/// The driver registered while no meter driver is installed in the host: every exchange fails with a
/// message stating that, and no meter data is invented. Nothing is ever sent, so a top-up fails with the
/// promise that the token was not delivered.
/// </summary>
internal sealed class NoMeterDriver : IMeterDriver
{
    private const string Message = "no meter driver is installed in this server";

    public Task<IMeterConnection> OpenAsync(ChannelEndpoint channel, CancellationToken cancellationToken) =>
        throw new MeterExchangeException(channel.ToString(), MeterFailureKind.ConnectionFailed, Message);

    public Task<MeterReading> ReadSnapshotAsync(MeterAccess meter, IMeterConnection connection, CancellationToken cancellationToken) =>
        throw new MeterExchangeException(meter.Serial, MeterFailureKind.ConnectionFailed, Message);

    public Task<MeterSettings> ReadSettingsAsync(MeterAccess meter, IMeterConnection connection, CancellationToken cancellationToken) =>
        throw new MeterExchangeException(meter.Serial, MeterFailureKind.ConnectionFailed, Message);

    public Task<IReadOnlyList<SettingWriteResult>> WriteSettingsAsync(
        MeterAccess meter, IMeterConnection connection, PrepaidSettings settings, CancellationToken cancellationToken) =>
        throw new MeterExchangeException(meter.Serial, MeterFailureKind.ConnectionFailed, Message);

    public Task<TopUpResult> TopUpAsync(
        MeterAccess meter, IMeterConnection connection, long tokenSequence, decimal amount, CancellationToken cancellationToken) =>
        throw new MeterExchangeException(meter.Serial, MeterFailureKind.ConnectionFailed, Message);
}
