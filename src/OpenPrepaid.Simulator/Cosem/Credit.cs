using Microsoft.Extensions.Logging;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Server;
using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// Credit (class 112) at 0.0.19.10.0.255, the token credit in use: the balance, the low-credit warning and the
/// switch-off threshold (limit), and update_amount for meters that take no tokens. update_amount adds the
/// amount again on every call; only tokens are protected against a retry.
/// </summary>
internal sealed class Credit : SimulatedCosemObject
{
    /// <summary>credit_type 0: token credit.</summary>
    private const byte TokenCredit = 0;

    /// <summary>credit_configuration bit 4: the credit receives amounts from tokens.</summary>
    private const int ReceivesTokensBit = 4;

    private const int ConfigurationBitCount = 5;

    internal Credit(CosemObjectDefinition definition, SnapshotCache state, ILogger logger)
        : base(definition, state, logger)
    {
        Attribute(2, snapshot => CosemNumbers.DoubleLong(snapshot.Balance));
        Attribute(3, _ => new EnumData(TokenCredit));
        Attribute(4, _ => new UnsignedData(1));
        Attribute(5, snapshot => CosemNumbers.DoubleLong(snapshot.WarningThreshold), value => Meter.SetWarningThreshold(((DoubleLongData)value).Value));
        Attribute(6, snapshot => CosemNumbers.DoubleLong(snapshot.CreditLimit), value => Meter.SetCreditLimit(((DoubleLongData)value).Value));
        Attribute(7, snapshot => new BitStringData(
            BitStrings.ToMsbFirst(snapshot.AcceptsTokens ? 1UL << ReceivesTokensBit : 0, ConfigurationBitCount),
            ConfigurationBitCount));
        Attribute(8, snapshot => new EnumData(snapshot.CreditStatusCode));
        Method(1, UpdateAmount);
    }

    private CosemActionResult UpdateAmount(DlmsData amount)
    {
        var result = Meter.UpdateCreditAmount(((DoubleLongData)amount).Value);
        return result.IsApplied ? CosemActionResult.Success() : new CosemActionResult(ActionResult.OtherReason);
    }
}
