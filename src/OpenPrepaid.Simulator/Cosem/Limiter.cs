using Microsoft.Extensions.Logging;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// Limiter (class 71) at 0.0.17.0.0.255: the power limit in W over active power import (1.0.1.7.0.255
/// attribute 2). The reference meter has one limit, so threshold_active and threshold_normal show and set the
/// same value; 0 is no limit.
/// </summary>
internal sealed class Limiter : SimulatedCosemObject
{
    internal Limiter(CosemObjectDefinition definition, SnapshotCache state, ILogger logger)
        : base(definition, state, logger)
    {
        var monitoredValue = UnitChargeCodec.EncodeReference(CosemAttributeReference.ActivePowerImport);
        Attribute(2, _ => monitoredValue);
        Attribute(3, snapshot => new DoubleLongUnsignedData(snapshot.PowerLimitWatts), value => Meter.SetPowerLimit(((DoubleLongUnsignedData)value).Value));
        Attribute(4, snapshot => new DoubleLongUnsignedData(snapshot.PowerLimitWatts), value => Meter.SetPowerLimit(((DoubleLongUnsignedData)value).Value));
        Attribute(6, snapshot => new DoubleLongUnsignedData(snapshot.MinOverThresholdSeconds), value => Meter.SetMinOverThresholdDuration(((DoubleLongUnsignedData)value).Value));
        Attribute(7, snapshot => new DoubleLongUnsignedData(snapshot.MinUnderThresholdSeconds), value => Meter.SetMinUnderThresholdDuration(((DoubleLongUnsignedData)value).Value));
    }
}
