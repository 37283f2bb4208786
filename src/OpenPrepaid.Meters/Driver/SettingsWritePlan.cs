using System.Globalization;
using OpenPrepaid.Core.Settings;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Meters.Driver;

/// <summary>
/// The SETs that write a profile to one meter, and the results known before anything is sent. A field without
/// an object in the model is not supported. A field this client may not write, or a value the meter cannot hold
/// (a price table without a common price scale, a power limit in fractions of a watt), is rejected.
/// </summary>
internal sealed class SettingsWritePlan
{
    private static readonly SettingField[] PriceFields =
        [SettingField.PriceTariff1, SettingField.PriceTariff2, SettingField.PriceTariff3, SettingField.PriceTariff4];

    private static readonly SettingField[] DisplayFields =
        [SettingField.DisplayItems, SettingField.DisplaySecondsPerItem, SettingField.DisplayEnergyDecimals];

    private readonly List<SettingWrite> _writes = [];
    private readonly List<SettingWriteResult> _decided = [];
    private readonly ModelMap _map;

    private SettingsWritePlan(ModelMap map)
    {
        _map = map;
    }

    public IReadOnlyList<SettingWrite> Writes => _writes;

    /// <summary>Results known before sending anything.</summary>
    public IReadOnlyList<SettingWriteResult> Decided => _decided;

    /// <summary>The write of unit_charge_passive that needs activate_passive_unit_charge after it, when prices go that way.</summary>
    public SettingWrite? PassivePrices { get; private set; }

    public static SettingsWritePlan Create(PrepaidSettings settings, ModelMap map, Currency? currency)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var plan = new SettingsWritePlan(map);
        plan.AddPrices(settings.Prices);
        plan.AddDisplay(settings.Display);
        plan.AddPowerLimit(settings.Relay.PowerLimitKw);
        plan.AddSwitchOffThreshold(settings.Relay.SwitchOffThreshold, currency);
        plan.AddFlag(ModelAttributes.NeverSwitchOff, SettingField.NeverSwitchOff, settings.Relay.NeverSwitchOff);
        plan.AddFlag(ModelAttributes.NoSwitchOffOnSaturday, SettingField.NoSwitchOffOnSaturday, settings.Relay.NoSwitchOffOnSaturday);
        plan.AddFlag(ModelAttributes.NoSwitchOffOnSunday, SettingField.NoSwitchOffOnSunday, settings.Relay.NoSwitchOffOnSunday);
        return plan;
    }

    private void AddPrices(TariffPrices prices)
    {
        // Prefer writing the prices in force directly; meters that keep unit_charge_active read-only take the
        // passive table and activate_passive_unit_charge.
        var active = _map.Find(ModelAttributes.UnitChargeActive);
        var passive = _map.Find(ModelAttributes.UnitChargePassive);
        var activate = _map.FindMethod(ModelAttributes.ChargeKey, ModelAttributes.ActivatePassiveUnitChargeMethod);
        PlannedAttribute target;
        var viaPassive = false;
        if (active is not null && active.Attribute.CanWrite(_map.ClientSap))
        {
            target = active;
        }
        else if (passive is not null && passive.Attribute.CanWrite(_map.ClientSap) && activate is not null && activate.CanInvoke(_map.ClientSap))
        {
            target = passive;
            viaPassive = true;
        }
        else if (active is null && passive is null)
        {
            Decide(PriceFields, SettingWriteOutcome.NotSupported, null);
            return;
        }
        else
        {
            Decide(PriceFields, SettingWriteOutcome.Rejected, $"access denied: client SAP {_map.ClientSap} may not write the prices ({(active ?? passive)!})");
            return;
        }

        var table = PriceTablePlan.Create([prices.Tariff1, prices.Tariff2, prices.Tariff3, prices.Tariff4]);
        if (!table.IsWritable)
        {
            for (var i = 0; i < PriceFields.Length; i++)
            {
                _decided.Add(new SettingWriteResult(PriceFields[i], SettingWriteOutcome.Rejected, table.Errors[i]));
            }

            return;
        }

        var commodity = _map.Find(ModelAttributes.EnergyTotal) is { } energy
            ? new CosemAttributeReference(energy.Object.ClassId, energy.Object.LogicalName, energy.Attribute.Index)
            : CosemAttributeReference.ActiveEnergyImportTotal;
        var write = new SettingWrite(target, UnitChargeData.Build(table.PriceScale, table.ChargesPerUnit, commodity), PriceFields);
        _writes.Add(write);
        if (viaPassive)
        {
            PassivePrices = write;
        }
    }

    private void AddDisplay(DisplaySettings display)
    {
        if (Writable(ModelAttributes.DisplayParameters, DisplayFields) is not { } target)
        {
            return;
        }

        if (display.SecondsPerItem is < 0 or > byte.MaxValue || display.EnergyDecimals is < 0 or > byte.MaxValue)
        {
            Decide(DisplayFields, SettingWriteOutcome.Rejected, string.Create(
                CultureInfo.InvariantCulture,
                $"not written: seconds per item {display.SecondsPerItem} and energy decimals {display.EnergyDecimals} must be 0-255"));
            return;
        }

        var parameters = new DisplayParameters(DisplayItemsMap.ToMeter(display.Items), (byte)display.SecondsPerItem, (byte)display.EnergyDecimals);
        if (parameters.Validate() is { } problem)
        {
            Decide(DisplayFields, SettingWriteOutcome.Rejected, "not written: " + problem);
            return;
        }

        _writes.Add(new SettingWrite(target, SettingsReader.BuildDisplay(parameters), DisplayFields));
    }

    private void AddPowerLimit(decimal kilowatts)
    {
        if (Writable(ModelAttributes.ThresholdActive, [SettingField.PowerLimitKw]) is not { } target)
        {
            return;
        }

        var watts = kilowatts * 1000m;
        var value = watts == decimal.Truncate(watts) && watts is >= long.MinValue and <= long.MaxValue
            ? IntegerValues.Create(target.Attribute.Type.Type, (long)watts)
            : null;
        if (value is null)
        {
            Decide([SettingField.PowerLimitKw], SettingWriteOutcome.Rejected, string.Create(
                CultureInfo.InvariantCulture,
                $"not written: the meter keeps the power limit in whole watts as {target.Attribute.Type}, and {kilowatts} kW does not fit"));
            return;
        }

        _writes.Add(new SettingWrite(target, value, [SettingField.PowerLimitKw]));
    }

    private void AddSwitchOffThreshold(decimal amount, Currency? currency)
    {
        if (Writable(ModelAttributes.CreditLimit, [SettingField.SwitchOffThreshold]) is not { } target)
        {
            return;
        }

        if (currency is null)
        {
            Decide([SettingField.SwitchOffThreshold], SettingWriteOutcome.Rejected, "not written: the meter's currency scale could not be read");
            return;
        }

        var value = MoneyScaling.TryToScaled(amount, currency.Scale, out var minorUnits)
            ? IntegerValues.Create(target.Attribute.Type.Type, minorUnits)
            : null;
        if (value is null)
        {
            Decide([SettingField.SwitchOffThreshold], SettingWriteOutcome.Rejected, string.Create(
                CultureInfo.InvariantCulture,
                $"not written: {amount} {currency.Name} is not a whole number of the meter's minor units (scale {currency.Scale}) within {target.Attribute.Type}"));
            return;
        }

        _writes.Add(new SettingWrite(target, value, [SettingField.SwitchOffThreshold]));
    }

    private void AddFlag(ModelAttribute id, SettingField field, bool value)
    {
        if (Writable(id, [field]) is { } target)
        {
            _writes.Add(new SettingWrite(target, new BooleanData(value), [field]));
        }
    }

    /// <summary>Returns the attribute when this client may write it; otherwise records why the fields are not written.</summary>
    private PlannedAttribute? Writable(ModelAttribute id, IReadOnlyList<SettingField> fields)
    {
        var planned = _map.Find(id);
        if (planned is null)
        {
            Decide(fields, SettingWriteOutcome.NotSupported, null);
            return null;
        }

        if (!planned.Attribute.CanWrite(_map.ClientSap))
        {
            Decide(fields, SettingWriteOutcome.Rejected, $"access denied: client SAP {_map.ClientSap} may not write {planned}");
            return null;
        }

        return planned;
    }

    private void Decide(IEnumerable<SettingField> fields, SettingWriteOutcome outcome, string? detail)
    {
        foreach (var field in fields)
        {
            _decided.Add(new SettingWriteResult(field, outcome, detail));
        }
    }
}
