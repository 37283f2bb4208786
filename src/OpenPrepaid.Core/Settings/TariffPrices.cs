namespace OpenPrepaid.Core.Settings;

/// <summary>Price per kWh for tariffs 1 to 4, in money units with up to four decimal places.</summary>
public sealed record TariffPrices(decimal Tariff1, decimal Tariff2, decimal Tariff3, decimal Tariff4);
