namespace OpenPrepaid.Core.Readings;

/// <summary>One value per tariff (rate) 1 to 4; a null value means the meter does not report that tariff.</summary>
public sealed record TariffValues(decimal? Tariff1, decimal? Tariff2, decimal? Tariff3, decimal? Tariff4)
{
    public const int Count = 4;

    /// <summary>Returns the value of tariff <paramref name="tariff"/>, counted from 1.</summary>
    public decimal? this[int tariff] => tariff switch
    {
        1 => Tariff1,
        2 => Tariff2,
        3 => Tariff3,
        4 => Tariff4,
        _ => throw new ArgumentOutOfRangeException(nameof(tariff), tariff, "Tariffs are numbered 1 to 4."),
    };
}
