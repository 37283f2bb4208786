namespace OpenPrepaid.Core.Settings;

/// <summary>What the meter's display cycles through, for how long, and with how many energy decimals.</summary>
public sealed record DisplaySettings(DisplayItems Items, int SecondsPerItem, int EnergyDecimals);
