namespace OpenPrepaid.Meters.Prepaid;

/// <summary>
/// One row of a Charge charge_table: structure {index octet-string, charge_per_unit long}. The reference meter
/// uses the ASCII indexes "T1" to "T4" for tariffs 1 to 4. charge_per_unit is a signed 16-bit long.
/// </summary>
public sealed record ChargeTableElement(string Index, short ChargePerUnit)
{
    /// <summary>Returns the charge_table index of tariff <paramref name="tariff"/> (1-4): "T1".."T4".</summary>
    public static string IndexOfTariff(int tariff)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tariff, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tariff, Tariffs.MaxCount);

        return $"T{tariff}";
    }

    /// <summary>The tariff 1-4 an index names, or null for any other index.</summary>
    public static int? TariffOfIndex(string index)
    {
        return index is ['T', >= '1' and <= '4'] ? index[1] - '0' : null;
    }
}
