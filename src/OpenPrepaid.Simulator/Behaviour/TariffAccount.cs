namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>
/// Energy and money of one tariff, kept exactly: energy in joules, money collected in whole minor units, and
/// the part of a minor unit not yet collected as a numerator over <see cref="ChargeArithmetic.Denominator"/>.
/// </summary>
internal sealed class TariffAccount
{
    public long EnergyJoules { get; private set; }

    /// <summary>Energy consumed while the meter was in prepayment mode, the energy that was charged.</summary>
    public long PrepaidEnergyJoules { get; private set; }

    public long MoneyCollected { get; private set; }

    /// <summary>Cost accrued but not yet collected, in 1/<see cref="ChargeArithmetic.Denominator"/> minor units; 0 ≤ value &lt; denominator.</summary>
    public Int128 ChargeRemainder { get; private set; }

    public void AddEnergy(long joules)
    {
        EnergyJoules += joules;
    }

    /// <summary>
    /// Books prepaid energy and its cost; returns the whole minor units now due, which the caller takes from
    /// the balance. The rest of the cost is carried, never rounded away.
    /// </summary>
    public long Charge(long joules, Int128 costNumerator)
    {
        PrepaidEnergyJoules += joules;

        var accrued = ChargeRemainder + costNumerator;
        var whole = accrued / ChargeArithmetic.Denominator;
        ChargeRemainder = accrued - (whole * ChargeArithmetic.Denominator);
        MoneyCollected += (long)whole;

        return (long)whole;
    }
}
