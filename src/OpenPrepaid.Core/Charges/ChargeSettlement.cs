using System.Globalization;
using OpenPrepaid.Core.Readings;

namespace OpenPrepaid.Core.Charges;

/// <summary>
/// Decides the outcome of an Unknown charge from a later reading of its meter. A token's sequence number
/// rises strictly per meter and the meter refuses any number it has passed, so the last token the meter
/// reports shows what became of this charge's token.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Last sequence below the charge's: the token never reached the meter, and the connection that
/// carried it is closed, so it cannot arrive later. Rejected.</item>
/// <item>Last sequence equal to the charge's: the last token is this charge's token, and its status
/// decides (execution OK is applied, a failure status is rejected, anything else waits).</item>
/// <item>Last sequence above the charge's: a token issued elsewhere (another installation or a keypad)
/// came later, and the last token alone cannot tell whether this one was applied before it. The charge
/// stays Unknown for an operator to settle after checking the meter's token history.</item>
/// </list>
/// </remarks>
public static class ChargeSettlement
{
    public static SettlementDecision Decide(Charge charge, MeterReading reading)
    {
        ArgumentNullException.ThrowIfNull(charge);
        ArgumentNullException.ThrowIfNull(reading);

        if (reading.TokenSequence is not { } last)
        {
            return new SettlementDecision(SettlementVerdict.Undecided, "the meter does not report its last token sequence");
        }

        var lastText = last.ToString(CultureInfo.InvariantCulture);
        if (last < charge.TokenSequence)
        {
            return new SettlementDecision(
                SettlementVerdict.Rejected,
                $"the meter's last token is {lastText}, before this charge's token {charge.TokenSequence}: the token never reached the meter");
        }

        if (last > charge.TokenSequence)
        {
            return new SettlementDecision(
                SettlementVerdict.Undecided,
                $"the meter has since received token {lastText} issued elsewhere; check the meter's token history and settle by hand");
        }

        return reading.LastTokenStatus switch
        {
            TokenStatusCode.ExecutionOk => new SettlementDecision(
                SettlementVerdict.Applied, $"the meter's last token is this charge's token {lastText} with status execution OK (3)"),
            { } status when status.IsFailure() => new SettlementDecision(
                SettlementVerdict.Rejected, $"the meter's last token is this charge's token {lastText} with status {status.Describe()}"),
            { } status => new SettlementDecision(
                SettlementVerdict.Undecided, $"the meter is still processing token {lastText}: {status.Describe()}"),
            null => new SettlementDecision(
                SettlementVerdict.Undecided, $"the meter reports token {lastText} but not its status"),
        };
    }
}
