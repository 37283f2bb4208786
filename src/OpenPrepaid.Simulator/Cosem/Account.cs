using Microsoft.Extensions.Logging;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Meters.Models;
using OpenPrepaid.Meters.Prepaid;
using OpenPrepaid.Simulator.Behaviour;

namespace OpenPrepaid.Simulator.Cosem;

/// <summary>
/// Account (class 111) at 0.0.19.0.0.255: payment mode and status (writable), credit status, the balance as
/// available_credit, the currency and the references to the one Credit and the one Charge. The reference
/// meter keeps no debt, so amount_to_clear and aggregated_debt are 0.
/// </summary>
internal sealed class Account : SimulatedCosemObject
{
    private static readonly ObisCode CreditName = new(0, 0, 19, 10, 0, 255);
    private static readonly ObisCode ChargeName = new(0, 0, 19, 20, 0, 255);

    internal Account(CosemObjectDefinition definition, SnapshotCache state, ILogger logger)
        : base(definition, state, logger)
    {
        Attribute(2, ModeAndStatus, WriteModeAndStatus);
        Attribute(4, snapshot => new BitStringData([CreditStatusBits.ToBitStringByte(snapshot.CreditStatus)], CreditStatusBits.BitCount));
        Attribute(5, snapshot => CosemNumbers.DoubleLong(snapshot.Balance));
        Attribute(6, _ => new DoubleLongData(0));
        Attribute(8, _ => new DoubleLongData(0));
        Attribute(9, _ => new ArrayData(new OctetStringData(CreditName.ToBytes())));
        Attribute(10, _ => new ArrayData(new OctetStringData(ChargeName.ToBytes())));

        // The meter keeps no activation time: it is active from the start.
        Attribute(13, _ => MeterDateTimes.NotSpecified());
        Attribute(15, snapshot => new StructureData(
            new Utf8StringData(snapshot.Currency.Name),
            new IntegerData(snapshot.Currency.Scale),
            new EnumData((byte)snapshot.Currency.Unit)));
        Attribute(16, snapshot => CosemNumbers.DoubleLong(snapshot.WarningThreshold));
    }

    private static StructureData ModeAndStatus(MeterSnapshot snapshot) =>
        new(new EnumData((byte)snapshot.PaymentMode), new EnumData((byte)snapshot.AccountStatus));

    private WriteResult WriteModeAndStatus(DlmsData value)
    {
        var structure = (StructureData)value;
        return Meter.SetAccountModeAndStatus((PaymentMode)((EnumData)structure[0]).Value, (AccountStatus)((EnumData)structure[1]).Value);
    }
}
