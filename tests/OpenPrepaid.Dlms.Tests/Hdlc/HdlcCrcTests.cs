using System.Text;
using FsCheck.Xunit;
using OpenPrepaid.Dlms.Hdlc;

namespace OpenPrepaid.Dlms.Tests.Hdlc;

public class HdlcCrcTests
{
    [Fact]
    public void CatalogueCheckValueIs906E()
    {
        // CRC-16/X.25 check value for the ASCII string "123456789" (CRC catalogue).
        Assert.Equal(0x906E, HdlcCrc.Compute(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void AnnexAVectorGivesFrame5BEC()
    {
        // IEC 62056-46 Annex A: the bytes 03 3F are sent as 7E 03 3F 5B EC 7E.
        var checksum = new byte[2];
        HdlcCrc.Write([0x03, 0x3F], checksum);

        Assert.Equal(new byte[] { 0x5B, 0xEC }, checksum);
        Assert.True(HdlcCrc.Matches([0x03, 0x3F], [0x5B, 0xEC]));
        Assert.False(HdlcCrc.Matches([0x03, 0x3F], [0xEC, 0x5B]));
    }

    [Fact]
    public void EmptyInputGivesZero()
    {
        Assert.Equal(0x0000, HdlcCrc.Compute([]));
    }

    [Property(MaxTest = 300)]
    public bool DataFollowedByItsChecksumLeavesGoodResidue(byte[] data)
    {
        // Running the register over data and its FCS (low byte first) leaves 0xF0B8, that is 0x0F47 after
        // the final complement, whatever the data.
        var checksum = new byte[2];
        HdlcCrc.Write(data, checksum);
        return HdlcCrc.Compute([.. data, .. checksum]) == 0x0F47;
    }

    [Property(MaxTest = 300)]
    public bool AnySingleByteChangeIsDetected(byte[] data, int position, byte mask)
    {
        if (data.Length == 0 || mask == 0)
        {
            return true;
        }

        byte[] changed = [.. data];
        changed[Math.Abs(position % data.Length)] ^= mask;
        return HdlcCrc.Compute(changed) != HdlcCrc.Compute(data);
    }
}
