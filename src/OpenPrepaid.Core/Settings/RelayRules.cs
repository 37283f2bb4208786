namespace OpenPrepaid.Core.Settings;

/// <summary>When the meter's relay cuts the supply.</summary>
/// <param name="PowerLimitKw">Load above which the relay opens, in kW; 0 means no limit.</param>
/// <param name="SwitchOffThreshold">Balance in money units at or below which the supply is cut; may be negative.</param>
public sealed record RelayRules(
    decimal PowerLimitKw,
    decimal SwitchOffThreshold,
    bool NeverSwitchOff,
    bool NoSwitchOffOnSaturday,
    bool NoSwitchOffOnSunday);
