namespace OpenPrepaid.Core.Rules;

/// <summary>
/// Every rule violation and operator-facing outcome the domain reports. Each name is also the key of its
/// message in the Messages resources, so adding a code means adding an English and a Ukrainian text.
/// </summary>
public enum RuleCode
{
    NumberEmpty,
    NumberInvalidCharacter,
    NumberMisplacedSign,
    NumberMisplacedGroupSeparator,
    NumberMixedGroupSeparators,
    NumberMultipleDecimalSeparators,
    NumberMissingDigits,
    NumberTooManyDecimals,
    NumberTooLarge,

    AmountZero,
    AmountTooManyDecimals,
    TopUpOutOfRange,
    WriteOffOutOfRange,
    BalanceAboveMaximum,
    BalanceBelowMinimum,

    MeterNotFound,
    MeterHasUnsettledCharge,
    MeterReadFailed,
    BalanceNotReported,
    IdempotencyKeyReused,
    ChargeAlreadySubmitted,
    ChargeApplied,
    ChargeRejected,
    ChargeNotDelivered,
    ChargeOutcomeUnknown,
    ChargeRaced,
    ChargeNotUnknown,
    ChargeNotFound,

    FieldRequired,
    FieldHasWhitespace,
    FieldTooLong,
    FieldOutOfRange,
    FieldTooManyDecimals,
    FieldWrongLength,
    DisplayItemsEmpty,
    DisplayItemsUnknown,
    PricesNeedCommonScale,
    ProfileNameTaken,
    ProfileNotFound,
    SettingsInMeterNotWritable,
    MeterSerialTaken,
    ChannelBaudRateConflict,
}
