namespace OpenPrepaid.Meters.Prepaid;

/// <summary>currency_unit of the Account currency structure.</summary>
public enum CurrencyUnit : byte
{
    Time = 0,
    Consumption = 1,
    Monetary = 2,
}
