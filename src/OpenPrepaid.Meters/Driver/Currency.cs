using OpenPrepaid.Dlms;
using OpenPrepaid.Dlms.Axdr;

namespace OpenPrepaid.Meters.Driver;

/// <summary>The Account's currency (class 111 attribute 15): money in the meter is value × 10^<see cref="Scale"/>.</summary>
internal sealed record Currency(string Name, sbyte Scale)
{
    /// <summary>Reads structure {currency_name utf8-string, currency_scale integer, currency_unit enum}.</summary>
    public static Currency? FromData(DlmsData? data, string what)
    {
        var structure = ValueReader.Structure(data, 3, what);
        if (structure is null)
        {
            return null;
        }

        var name = ValueReader.Text(structure[0], what + " currency_name") ?? string.Empty;
        var scale = ValueReader.Integer(structure[1], what + " currency_scale")!.Value;
        if (scale is < -18 or > 18)
        {
            throw new DlmsProtocolException($"{what} currency_scale is {scale}; expected -18 to 18");
        }

        return new Currency(name, (sbyte)scale);
    }

    /// <summary>Returns the amount in money units of a value in minor units.</summary>
    public decimal ToMoney(long minorUnits) => Prepaid.MoneyScaling.ToDecimal(minorUnits, Scale);
}
