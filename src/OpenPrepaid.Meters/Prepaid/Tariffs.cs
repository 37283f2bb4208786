namespace OpenPrepaid.Meters.Prepaid;

/// <summary>Tariff (rate) numbers of the reference meter: 1-4, as in the OBIS energy registers 1.0.1.8.1-4.255.</summary>
public static class Tariffs
{
    public const int MaxCount = 4;

    public static bool IsValid(int tariff) => tariff is >= 1 and <= MaxCount;
}
