using Microsoft.Extensions.Logging;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// Clock (class 8) at 0.0.1.0.0.255. time (attribute 2) is the meter's local time as an octet-string(12) with
/// the standard's deviation sign. time_zone (3) is the deviation of standard time, so UTC+2 is -120. Writing
/// time sets the meter clock, which then keeps its difference to the simulated time.
/// </summary>
internal sealed class Clock : SimulatedCosemObject
{
    /// <summary>clock_base 1: an internal crystal.</summary>
    private const byte InternalCrystal = 1;

    private readonly TimeZoneInfo _zone;

    internal Clock(CosemObjectDefinition definition, SnapshotCache state, ILogger logger, TimeZoneInfo zone)
        : base(definition, state, logger)
    {
        _zone = zone;
        Attribute(2, snapshot => MeterDateTimes.Encode(snapshot.MeterTime, _zone), WriteTime);
        Attribute(3, snapshot => new LongData((short)-snapshot.StandardUtcOffset.TotalMinutes));
        Attribute(4, snapshot => new UnsignedData(snapshot.IsDaylightSavingTime ? (byte)ClockStatus.DaylightSavingActive : (byte)ClockStatus.Ok));
        Attribute(5, snapshot => Transition(snapshot, period => period.Begin, ClockStatus.Ok));
        Attribute(6, snapshot => Transition(snapshot, period => period.End, ClockStatus.DaylightSavingActive));
        Attribute(7, snapshot => new IntegerData((sbyte)(DaylightSavingPeriod.ForYear(_zone, snapshot.MeterTime.Year)?.Delta.TotalMinutes ?? 0)));
        Attribute(8, snapshot => new BooleanData(snapshot.ZoneHasDaylightSaving));
        Attribute(9, _ => new EnumData(InternalCrystal));
    }

    private OctetStringData Transition(MeterSnapshot snapshot, Func<DaylightSavingPeriod, DateTimeOffset> pick, ClockStatus status)
    {
        var period = DaylightSavingPeriod.ForYear(_zone, snapshot.MeterTime.Year);
        return period is null
            ? MeterDateTimes.NotSpecified()
            : new OctetStringData(CosemDateTime.FromDateTimeOffset(pick(period), status).Encode());
    }

    private WriteResult WriteTime(DlmsData value)
    {
        if (!MeterDateTimes.TryDecode((OctetStringData)value, _zone, out var time) || time is not { } meterTime)
        {
            return WriteResult.Rejected("the clock takes a complete date and time");
        }

        return Meter.SetClock(meterTime);
    }
}
