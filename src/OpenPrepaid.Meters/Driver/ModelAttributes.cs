namespace OpenPrepaid.Meters.Driver;

/// <summary>
/// The attributes of the reference prepaid model that the driver reads and writes, by object key and index.
/// Another model maps the same concepts by using the same keys in its own file.
/// </summary>
internal static class ModelAttributes
{
    public static readonly ModelAttribute SerialNumber = new("serial-number", 2);
    public static readonly ModelAttribute ModelName = new("model", 2);
    public static readonly ModelAttribute ClockTime = new("clock", 2);

    // Account (class 111)
    public static readonly ModelAttribute AvailableCredit = new("account", 5);
    public static readonly ModelAttribute Currency = new("account", 15);

    // Credit (class 112): limit is the switch-off threshold.
    public static readonly ModelAttribute CreditLimit = new("credit", 6);

    // Charge (class 113)
    public static readonly ModelAttribute TotalAmountPaid = new("charge", 2);
    public static readonly ModelAttribute UnitChargeActive = new("charge", 5);
    public static readonly ModelAttribute UnitChargePassive = new("charge", 6);

    // Token gateway (class 115)
    public static readonly ModelAttribute LastToken = new("token-gateway", 2);
    public static readonly ModelAttribute TokenStatus = new("token-gateway", 6);
    public static readonly ModelAttribute LastTokenSequence = new("last-token-sequence", 2);

    // Last top-up, an Extended register (class 4): value and capture_time.
    public static readonly ModelAttribute LastTopUpAmount = new("last-top-up", 2);
    public static readonly ModelAttribute LastTopUpTime = new("last-top-up", 5);

    // Disconnect control (class 70)
    public static readonly ModelAttribute OutputState = new("disconnect-control", 2);
    public static readonly ModelAttribute ControlState = new("disconnect-control", 3);
    public static readonly ModelAttribute ControlMode = new("disconnect-control", 4);

    // Limiter (class 71): the power limit in W.
    public static readonly ModelAttribute ThresholdActive = new("limiter", 3);

    public static readonly ModelAttribute EnergyTotal = new("energy-import-total", 2);
    public static readonly ModelAttribute ActivePower = new("active-power-import", 2);
    public static readonly ModelAttribute Temperature = new("internal-temperature", 2);

    public static readonly ModelAttribute NeverSwitchOff = new("never-switch-off", 2);
    public static readonly ModelAttribute NoSwitchOffOnSaturday = new("no-switch-off-saturday", 2);
    public static readonly ModelAttribute NoSwitchOffOnSunday = new("no-switch-off-sunday", 2);
    public static readonly ModelAttribute DisplayParameters = new("display-parameters", 2);

    /// <summary>Method enter of the Token gateway.</summary>
    public const string TokenGatewayKey = "token-gateway";
    public const sbyte EnterMethod = 1;

    /// <summary>Method activate_passive_unit_charge of the Charge.</summary>
    public const string ChargeKey = "charge";
    public const sbyte ActivatePassiveUnitChargeMethod = 2;

    /// <summary>Register value attribute and scaler_unit attribute of classes 3 and 4.</summary>
    public const sbyte RegisterValue = 2;
    public const sbyte RegisterScalerUnit = 3;

    public static ModelAttribute EnergyTariff(int tariff) => new($"energy-import-tariff-{tariff}", RegisterValue);

    public static ModelAttribute PrepaidEnergyTariff(int tariff) => new($"prepaid-energy-tariff-{tariff}", RegisterValue);

    public static ModelAttribute MoneyCollectedTariff(int tariff) => new($"money-collected-tariff-{tariff}", RegisterValue);
}
