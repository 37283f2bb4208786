using Microsoft.Extensions.Logging;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// Extended register (class 4): value, scaler_unit, status and capture_time. The reference meter has one, the
/// last top-up: its status is always 0 and its capture_time is all 0xFF before the first top-up.
/// </summary>
internal sealed class ExtendedRegister : SimulatedCosemObject
{
    internal ExtendedRegister(
        CosemObjectDefinition definition,
        SnapshotCache state,
        ILogger logger,
        Func<MeterSnapshot, DlmsData> read,
        Func<MeterSnapshot, DateTimeOffset?> captureTime,
        TimeZoneInfo zone)
        : base(definition, state, logger)
    {
        var scalerUnit = (definition.ScalerUnit ?? throw new ArgumentException($"{definition} has no scaler_unit.", nameof(definition))).ToData();
        Attribute(2, read);
        Attribute(3, _ => scalerUnit);
        Attribute(4, _ => new UnsignedData(0));
        Attribute(5, snapshot => MeterDateTimes.Encode(captureTime(snapshot), zone));
    }
}
