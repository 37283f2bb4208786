using System.Globalization;
using OpenPrepaid.Core.Driver;

namespace OpenPrepaid.Core.Charges;

/// <summary>The journal's words for charges, in English with invariant numbers so entries read the same everywhere.</summary>
internal static class ChargeJournalText
{
    public static string Request(Charge charge) => string.Create(
        CultureInfo.InvariantCulture,
        $"{(charge.Amount > 0 ? "top-up" : "write-off")} of {charge.Amount:0.00} with token sequence {charge.TokenSequence}");

    public static string Response(TopUpResult result, decimal? balanceAfter)
    {
        var text = "token status " + Readings.TokenStatusCodeExtensions.Describe(result.Status);
        if (result.Detail is { Length: > 0 } detail)
        {
            text += ": " + detail;
        }

        return balanceAfter is { } balance
            ? text + string.Create(CultureInfo.InvariantCulture, $"; balance read back {balance:0.00##}")
            : text + "; balance not read back";
    }
}
