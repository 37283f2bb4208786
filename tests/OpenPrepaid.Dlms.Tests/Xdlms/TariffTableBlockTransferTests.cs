using System.Globalization;
using System.Text;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Cosem;
using OpenPrepaid.Dlms.Tests.Support;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Xdlms;

/// <summary>
/// Writing a Charge (class 113) 0.0.19.20.0.255 unit_charge_passive (attribute 6) of 265 bytes to a meter that
/// negotiated a max PDU of 239: the value travels in two SET blocks, and only the first carries the descriptor.
/// </summary>
public class TariffTableBlockTransferTests
{
    private const int MaxPdu = 239;

    private static readonly InvokeIdAndPriority InvokeId = InvokeIdAndPriority.Default;
    private static readonly AttributeReference UnitChargePassive = new(new CosemAttributeDescriptor(113, new ObisCode(0, 0, 19, 20, 0, 255), 6));

    [Fact]
    public void UnitChargeValueEncodesTo265Bytes()
    {
        var encoded = DlmsDataCodec.Encode(HourlyUnitCharge());

        Assert.Equal(265, encoded.Length);
        Assert.Equal(Hex.Parse("02 03 02 02 0F FD 0F FC 02 03 12 00 03 09 06 01 00 01 08 00 FF 0F 02 01 18 02 02 09 03 48 30 30 10 06 01"), encoded[..35]);
    }

    [Fact]
    public void FirstBlockFillsMaxPduWithDescriptor()
    {
        var encoded = DlmsDataCodec.Encode(HourlyUnitCharge());
        var rawLength = LargestFirstBlock(encoded);

        var firstBlock = new SetRequestWithFirstDataBlock(InvokeId, UnitChargePassive, new DataBlockSa(false, 1, encoded[..rawLength])).ToArray();

        Assert.Equal(219, rawLength);
        Assert.Equal(MaxPdu, firstBlock.Length);
        var expectedStart = Hex.Parse(
            "C1 02 C1 00 71 00 00 13 14 00 FF 06 00 00 00 00 00 01 81 DB 02 03 02 02 0F FD 0F FC 02 03 12 00 03 09 06 01 00 01 08"
            + " 00 FF 0F 02 01 18 02 02 09 03 48 30 30 10 06 01");
        Assert.Equal(expectedStart, firstBlock[..expectedStart.Length]);
        Assert.Equal(encoded[..219], firstBlock[20..]);
    }

    [Fact]
    public void SecondBlockCarriesNoDescriptor()
    {
        var encoded = DlmsDataCodec.Encode(HourlyUnitCharge());
        var rawLength = LargestFirstBlock(encoded);

        var secondBlock = new SetRequestWithDataBlock(InvokeId, new DataBlockSa(true, 2, encoded[rawLength..])).ToArray();

        Assert.Equal(Hex.Parse(XdlmsVectors.SetLastTariffBlockRequest), secondBlock);
        Assert.Equal(55, secondBlock.Length);

        // C1 03, invoke id, last-block, block number, length, then raw data only.
        Assert.Equal(Hex.Parse("C1 03 C1 01 00 00 00 02 2E"), secondBlock[..9]);
        Assert.Equal(encoded[rawLength..], secondBlock[9..]);
        Assert.False(ContainsSequence(secondBlock, Hex.Parse("00 71 00 00 13 14 00 FF 06")));
    }

    [Fact]
    public void BlocksDecodeAndReassembleToTheValue()
    {
        var value = HourlyUnitCharge();
        var encoded = DlmsDataCodec.Encode(value);
        var rawLength = LargestFirstBlock(encoded);
        var first = new SetRequestWithFirstDataBlock(InvokeId, UnitChargePassive, new DataBlockSa(false, 1, encoded[..rawLength])).ToArray();
        var second = Hex.Parse(XdlmsVectors.SetLastTariffBlockRequest);

        var firstDecoded = Assert.IsType<SetRequestWithFirstDataBlock>(ApduDecoder.Decode(first));
        var secondDecoded = Assert.IsType<SetRequestWithDataBlock>(ApduDecoder.Decode(second));

        Assert.Equal(UnitChargePassive, firstDecoded.Reference);
        Assert.False(firstDecoded.Block.LastBlock);
        Assert.Equal(1u, firstDecoded.Block.BlockNumber);
        Assert.True(secondDecoded.Block.LastBlock);
        Assert.Equal(2u, secondDecoded.Block.BlockNumber);
        byte[] reassembled = [.. firstDecoded.Block.RawData, .. secondDecoded.Block.RawData];
        Assert.Equal(encoded, reassembled);
        Assert.Equal(value, DlmsDataCodec.Decode(reassembled));
    }

    [Fact]
    public void MeterAcknowledgesEachBlock()
    {
        Assert.Equal(new SetResponseDataBlock(InvokeId, 1), ApduDecoder.Decode(Hex.Parse(XdlmsVectors.SetDataBlockResponse)));
        Assert.Equal(new SetResponseLastDataBlock(InvokeId, DataAccessResult.Success, 2), ApduDecoder.Decode(Hex.Parse(XdlmsVectors.SetLastDataBlockResponse)));
    }

    /// <summary>
    /// unit_charge = structure { charge_per_unit_scaling { commodity_scale -3, price_scale -4 }, commodity
    /// { Register class 3, 1.0.1.8.0.255, attribute 2 }, charge_table of 24 entries { "H00".."H23", charge_per_unit } }.
    /// </summary>
    private static StructureData HourlyUnitCharge()
    {
        var entries = Enumerable.Range(0, 24)
            .Select(hour => (DlmsData)new StructureData(
                new OctetStringData(Encoding.ASCII.GetBytes("H" + hour.ToString("D2", CultureInfo.InvariantCulture))),
                new LongData(ChargePerUnit(hour))))
            .ToArray();

        return new StructureData(
            new StructureData(new IntegerData(-3), new IntegerData(-4)),
            new StructureData(new LongUnsignedData(3), new OctetStringData(new ObisCode(1, 0, 1, 8, 0, 255).ToBytes()), new IntegerData(2)),
            new ArrayData(entries));
    }

    /// <summary>Night rate 1537 until 07:00 and from 22:00, peak rate 3120 from 17:00 to 21:00, day rate 2450 otherwise.</summary>
    private static short ChargePerUnit(int hour) => hour switch
    {
        < 7 or >= 22 => 1537,
        >= 17 and <= 20 => 3120,
        _ => 2450,
    };

    /// <summary>Returns the most raw bytes a first block can carry without exceeding the max PDU.</summary>
    private static int LargestFirstBlock(byte[] encoded)
    {
        for (var length = Math.Min(encoded.Length, MaxPdu); length > 0; length--)
        {
            var block = new SetRequestWithFirstDataBlock(InvokeId, UnitChargePassive, new DataBlockSa(false, 1, encoded[..length]));
            if (block.ToArray().Length <= MaxPdu)
            {
                return length;
            }
        }

        throw new InvalidOperationException("No raw byte fits the max PDU");
    }

    private static bool ContainsSequence(byte[] haystack, byte[] needle) =>
        haystack.AsSpan().IndexOf(needle) >= 0;
}
