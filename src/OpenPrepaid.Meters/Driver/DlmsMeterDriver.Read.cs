using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Settings;
using OpenPrepaid.Dlms;

namespace OpenPrepaid.Meters.Driver;

public sealed partial class DlmsMeterDriver
{
    /// <summary>
    /// Reads every attribute the snapshot needs in one GET-with-list when the meter takes a list that long (in
    /// chunks when it takes shorter lists, one GET each when it grants no lists) and maps them to a reading.
    /// </summary>
    public Task<MeterReading> ReadSnapshotAsync(MeterAccess meter, IMeterConnection connection, CancellationToken cancellationToken) =>
        RunAsync(meter, connection, "read", async (session, ct) =>
        {
            var values = await session.ReadAsync(SnapshotReader.Attributes(session.Map, _options.ScalerSource), ct).ConfigureAwait(false);
            SnapshotReader.CheckSerial(values, meter.Serial);
            return Decode(meter, () => SnapshotReader.ToReading(values, session.Map, meter.Serial, _options.DeviationConvention));
        },
        cancellationToken);

    public Task<MeterSettings> ReadSettingsAsync(MeterAccess meter, IMeterConnection connection, CancellationToken cancellationToken) =>
        RunAsync(meter, connection, "read settings", async (session, ct) =>
        {
            var values = await session.ReadAsync([ModelAttributes.SerialNumber, .. SettingsReader.Attributes], ct).ConfigureAwait(false);
            SnapshotReader.CheckSerial(values, meter.Serial);
            return Decode(meter, () =>
            {
                var currency = Currency.FromData(values[ModelAttributes.Currency], "Account currency");
                return SettingsReader.ToSettings(values, currency) ?? new MeterSettings();
            });
        },
        cancellationToken);

    /// <summary>Runs a decoding step, turning a value of the wrong shape into a protocol error for this meter.</summary>
    private static T Decode<T>(MeterAccess meter, Func<T> decode)
    {
        try
        {
            return decode();
        }
        catch (DlmsProtocolException exception)
        {
            throw new MeterExchangeException(meter.Serial, MeterFailureKind.ProtocolError, "protocol error: " + exception.Message, exception);
        }
    }
}
