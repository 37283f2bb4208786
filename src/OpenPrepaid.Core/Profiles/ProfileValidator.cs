using OpenPrepaid.Core.Resources;
using OpenPrepaid.Core.Rules;
using OpenPrepaid.Core.Settings;

namespace OpenPrepaid.Core.Profiles;

/// <summary>
/// Checks a profile's name and settings against the ranges of the prepaid domain. Each violation names the
/// field, the value and the allowed range.
/// </summary>
public static class ProfileValidator
{
    public const int MaxNameLength = 100;
    public const decimal MinPrice = 0m;
    public const decimal MaxPrice = 100_000m;
    public const int PriceDecimals = 4;
    public const int MinSecondsPerItem = 1;
    public const int MaxSecondsPerItem = 60;
    public const int MinEnergyDecimals = 0;
    public const int MaxEnergyDecimals = 3;
    public const decimal MinPowerLimitKw = 0m;

    // NOTE: no standard bounds the power limit; 10,000 kW is far above any prepaid supply and only catches typos.
    public const decimal MaxPowerLimitKw = 10_000m;

    /// <summary>Watt resolution, the unit the Limiter threshold is usually kept in.</summary>
    public const int PowerLimitDecimals = 3;

    /// <summary>The switch-off threshold is a balance, so it is held to the balance limits and to cents.</summary>
    public const decimal MinSwitchOffThreshold = ChargeRules.MinBalance;
    public const decimal MaxSwitchOffThreshold = ChargeRules.MaxBalance;
    public const int ThresholdDecimals = 2;

    public static IReadOnlyList<RuleViolation> Validate(string? name, PrepaidSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var violations = new List<RuleViolation>();
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            violations.Add(new RuleViolation(RuleCode.FieldRequired, LocalizedName.Field("ProfileName")));
        }
        else if (trimmed.Length > MaxNameLength)
        {
            violations.Add(new RuleViolation(RuleCode.FieldTooLong, LocalizedName.Field("ProfileName"), trimmed.Length, MaxNameLength));
        }

        violations.AddRange(ValidateSettings(settings));
        return violations;
    }

    public static IReadOnlyList<RuleViolation> ValidateSettings(PrepaidSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var violations = new List<RuleViolation>();
        CheckDecimal(violations, SettingField.PriceTariff1, settings.Prices.Tariff1, MinPrice, MaxPrice, PriceDecimals);
        CheckDecimal(violations, SettingField.PriceTariff2, settings.Prices.Tariff2, MinPrice, MaxPrice, PriceDecimals);
        CheckDecimal(violations, SettingField.PriceTariff3, settings.Prices.Tariff3, MinPrice, MaxPrice, PriceDecimals);
        CheckDecimal(violations, SettingField.PriceTariff4, settings.Prices.Tariff4, MinPrice, MaxPrice, PriceDecimals);

        if (violations.Count == 0)
        {
            CheckCommonPriceScale(violations, settings.Prices);
        }

        var items = settings.Display.Items;
        if ((items & ~DisplayItems.All) != 0)
        {
            violations.Add(new RuleViolation(RuleCode.DisplayItemsUnknown, (int)items));
        }
        else if (items == DisplayItems.None)
        {
            violations.Add(new RuleViolation(RuleCode.DisplayItemsEmpty));
        }

        CheckInteger(violations, SettingField.DisplaySecondsPerItem, settings.Display.SecondsPerItem, MinSecondsPerItem, MaxSecondsPerItem);
        CheckInteger(violations, SettingField.DisplayEnergyDecimals, settings.Display.EnergyDecimals, MinEnergyDecimals, MaxEnergyDecimals);
        CheckDecimal(violations, SettingField.PowerLimitKw, settings.Relay.PowerLimitKw, MinPowerLimitKw, MaxPowerLimitKw, PowerLimitDecimals);
        CheckDecimal(violations, SettingField.SwitchOffThreshold, settings.Relay.SwitchOffThreshold, MinSwitchOffThreshold, MaxSwitchOffThreshold, ThresholdDecimals);
        return violations;
    }

    /// <summary>
    /// Checks that the four prices fit one COSEM unit_charge: charge_per_unit is a signed 16-bit long, and all rows
    /// share one price_scale (IEC 62056-6-2, class 113). The finest scale the prices need is tried first, then
    /// coarser ones while every price stays a whole number, so 100,000 fits as 10 × 10^4.
    /// </summary>
    private static void CheckCommonPriceScale(List<RuleViolation> violations, TariffPrices prices)
    {
        decimal[] values = [prices.Tariff1, prices.Tariff2, prices.Tariff3, prices.Tariff4];
        var decimals = values.Max(DecimalPlaces);
        var factor = Pow10(decimals);
        var scaled = values.Select(v => v * factor).ToArray();
        while (true)
        {
            if (scaled.All(v => v is >= short.MinValue and <= short.MaxValue))
            {
                return;
            }

            if (!scaled.All(v => v % 10 == 0))
            {
                break;
            }

            scaled = [.. scaled.Select(v => v / 10)];
        }

        var limit = short.MaxValue / factor;
        var listed = string.Join(", ", values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        violations.Add(new RuleViolation(RuleCode.PricesNeedCommonScale, listed, decimals, limit));
    }

    private static int DecimalPlaces(decimal value)
    {
        var normalized = value / 1.0000000000000000000000000000m;
        return (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    private static void CheckDecimal(List<RuleViolation> violations, SettingField field, decimal value, decimal min, decimal max, int decimals)
    {
        var name = LocalizedName.Field(field.ToString());
        if (value < min || value > max)
        {
            violations.Add(new RuleViolation(RuleCode.FieldOutOfRange, name, value, min, max));
            return;
        }

        if (decimal.Round(value, decimals) != value)
        {
            violations.Add(new RuleViolation(RuleCode.FieldTooManyDecimals, name, value, decimals));
        }
    }

    private static void CheckInteger(List<RuleViolation> violations, SettingField field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            violations.Add(new RuleViolation(RuleCode.FieldOutOfRange, LocalizedName.Field(field.ToString()), value, min, max));
        }
    }
}
