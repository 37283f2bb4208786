using System.Globalization;

namespace OpenPrepaid.Core.Resources;

/// <summary>
/// A name (of a field or a state) that takes the language of whatever formats it, so it can be an
/// argument of a message that is described later in the operator's culture.
/// </summary>
public sealed class LocalizedName : IFormattable
{
    private readonly string _resourceName;

    private LocalizedName(string resourceName)
    {
        _resourceName = resourceName;
    }

    /// <summary>The name of a form field, looked up as <c>Field_{field}</c>.</summary>
    public static LocalizedName Field(string field) => new("Field_" + field);

    /// <summary>The name of an enum value, looked up as <c>{EnumType}_{value}</c>.</summary>
    public static LocalizedName Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => new(typeof(TEnum).Name + "_" + value);

    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Messages.Get(_resourceName, formatProvider as CultureInfo ?? CultureInfo.CurrentUICulture);

    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);
}
