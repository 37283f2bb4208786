namespace OpenPrepaid.Core.Rules;

/// <summary>
/// Limits on charge amounts and on the balance a charge may produce. Top-ups run from 1 to 5,000,000
/// money units and write-offs from -1 to -100,000, with at most two decimal places. The balance after a
/// charge stays within -100,000 to 15,000,000.
/// </summary>
public static class ChargeRules
{
    public const decimal MinTopUp = 1m;
    public const decimal MaxTopUp = 5_000_000m;

    /// <summary>The smallest write-off in magnitude.</summary>
    public const decimal SmallestWriteOff = -1m;

    /// <summary>The largest write-off in magnitude.</summary>
    public const decimal LargestWriteOff = -100_000m;

    public const decimal MinBalance = -100_000m;
    public const decimal MaxBalance = 15_000_000m;
    public const int AmountDecimals = 2;

    /// <summary>Checks a signed amount; returns null when it is a valid top-up or write-off.</summary>
    public static RuleViolation? CheckAmount(decimal amount)
    {
        if (amount == 0m)
        {
            return new RuleViolation(RuleCode.AmountZero, MinTopUp, MaxTopUp, SmallestWriteOff, LargestWriteOff);
        }

        if (decimal.Round(amount, AmountDecimals) != amount)
        {
            return new RuleViolation(RuleCode.AmountTooManyDecimals, amount, AmountDecimals);
        }

        if (amount > 0m && amount is < MinTopUp or > MaxTopUp)
        {
            return new RuleViolation(RuleCode.TopUpOutOfRange, amount, MinTopUp, MaxTopUp);
        }

        if (amount < 0m && amount is > SmallestWriteOff or < LargestWriteOff)
        {
            return new RuleViolation(RuleCode.WriteOffOutOfRange, amount, SmallestWriteOff, LargestWriteOff);
        }

        return null;
    }

    /// <summary>
    /// Checks the balance that <paramref name="amount"/> would leave, given the balance read from the meter
    /// just before; returns null when it stays within the limits.
    /// </summary>
    public static RuleViolation? CheckResultingBalance(decimal currentBalance, decimal amount)
    {
        var resulting = currentBalance + amount;
        if (resulting > MaxBalance)
        {
            return new RuleViolation(RuleCode.BalanceAboveMaximum, currentBalance, amount, resulting, MaxBalance);
        }

        if (resulting < MinBalance)
        {
            return new RuleViolation(RuleCode.BalanceBelowMinimum, currentBalance, amount, resulting, MinBalance);
        }

        return null;
    }
}
