namespace OpenPrepaid.Core.Money;

/// <summary>Reason a typed number was rejected by <see cref="DecimalInputParser"/>.</summary>
public enum NumberParseError
{
    None = 0,
    Empty,
    InvalidCharacter,
    MisplacedSign,
    MisplacedGroupSeparator,
    MixedGroupSeparators,
    MultipleDecimalSeparators,
    MissingDigits,
    TooManyDecimals,
    TooLarge,
}
