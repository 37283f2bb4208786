using Microsoft.Extensions.Logging;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// Charge (class 113) at 0.0.19.20.0.255: one consumption charge over all tariffs, with charge_table rows "T1"
/// to "T4". Prices whose charge_per_unit does not fit the signed 16-bit long cannot even be encoded, and the
/// meter rejects negative prices, indexes other than T1-T4 and commodities other than active energy import
/// with other-reason, changing nothing.
/// </summary>
internal sealed class Charge : SimulatedCosemObject
{
    /// <summary>charge_type 0: consumption based.</summary>
    private const byte ConsumptionBased = 0;

    private readonly TimeZoneInfo _zone;

    internal Charge(CosemObjectDefinition definition, SnapshotCache state, ILogger logger, TimeZoneInfo zone)
        : base(definition, state, logger)
    {
        _zone = zone;
        Attribute(2, snapshot => CosemNumbers.DoubleLong(snapshot.TotalAmountPaid));
        Attribute(3, _ => new EnumData(ConsumptionBased));
        Attribute(4, _ => new UnsignedData(1));
        Attribute(5, snapshot => UnitChargeCodec.Encode(snapshot.UnitChargeActive), value => Meter.SetUnitChargeActive(UnitChargeCodec.Decode((StructureData)value)));
        Attribute(6, snapshot => UnitChargeCodec.Encode(snapshot.UnitChargePassive), value => Meter.SetUnitChargePassive(UnitChargeCodec.Decode((StructureData)value)));
        Attribute(7, snapshot => MeterDateTimes.Encode(snapshot.UnitChargeActivationTime, _zone), WriteActivationTime);
        Attribute(10, snapshot => MeterDateTimes.Encode(snapshot.LastCollectionTime, _zone));
        Attribute(11, snapshot => CosemNumbers.DoubleLong(snapshot.LastCollectionAmount));
        Method(1, rows => Outcome(Meter.UpdateUnitCharge(UnitChargeCodec.DecodeTable((ArrayData)rows))));
        Method(2, _ => Outcome(Meter.ActivatePassiveUnitCharge()));
    }

    private static CosemActionResult Outcome(WriteResult result) =>
        result.IsApplied ? CosemActionResult.Success() : new CosemActionResult(ActionResult.OtherReason);

    private WriteResult WriteActivationTime(DlmsData value)
    {
        // All 0xFF (no date) plans no activation.
        return MeterDateTimes.TryDecode((OctetStringData)value, _zone, out var time)
            ? Meter.SetUnitChargeActivationTime(time)
            : WriteResult.Rejected("unit_charge_activation_time takes a complete date and time, or all 0xFF for none");
    }
}
