using OpenPrepaid.Core.Readings;

namespace OpenPrepaid.Cli.Output;

/// <summary>One meter's read in <c>--json</c> output. Money in the meter's currency units, energy in kWh, temperature in °C.</summary>
/// <param name="Status">"OK" or the error in words, such as "timed out: no response within 5 s, tried 3 times".</param>
/// <param name="Relay"><c>connected</c>, <c>disconnected</c> or <c>ready</c> (armed for reconnection), or null when not read.</param>
internal sealed record ReadDocument(
    string Serial,
    string Status,
    DateTimeOffset ReadAt,
    decimal? Balance,
    string? Currency,
    decimal? LastTopUpAmount,
    DateTimeOffset? LastTopUpTime,
    string? Relay,
    decimal? EnergyKWh,
    decimal? ActivePowerKw,
    decimal? TemperatureC)
{
    public static ReadDocument From(MeterSnapshot snapshot)
    {
        var reading = snapshot.Reading;
        return new ReadDocument(
            snapshot.Serial,
            StatusText.Invariant(snapshot),
            snapshot.ReadAt,
            reading?.Balance,
            reading?.Currency,
            reading?.LastTopUpAmount,
            reading?.LastTopUpTime,
            StatusText.RelayName(reading?.RelayControlState),
            reading?.EnergyTotalKwh,
            reading?.ActivePowerKw,
            reading?.TemperatureCelsius);
    }
}
