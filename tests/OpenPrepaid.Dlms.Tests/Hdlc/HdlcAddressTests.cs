using System.Buffers;
using FsCheck.Xunit;
using OpenPrepaid.Dlms.Hdlc;

namespace OpenPrepaid.Dlms.Tests.Hdlc;

public class HdlcAddressTests
{
    public static TheoryData<string, int, int?, int> Vectors => new()
    {
        // Client addresses: (address << 1) | 1.
        { "21", 16, null, 1 },
        { "03", 1, null, 1 },
        { "75", 0x3A, null, 1 },
        { "27", 19, null, 1 },
        // Server: upper only; upper and lower in 7 bits; upper and lower in 14 bits.
        { "FF", 0x7F, null, 1 },
        { "0223", 1, 17, 2 },
        { "2003", 16, 1, 2 },
        { "00020023", 1, 17, 4 },
        { "FEFEFEFF", 0x3FFF, 0x3FFF, 4 },
        { "00FE0203", 0x7F, 0x81, 4 },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void VectorEncodes(string hex, int upper, int? lower, int size)
    {
        HdlcAddress address = lower is int value ? HdlcAddress.Server(upper, value, size) : HdlcAddress.Server(upper);
        var written = new byte[address.Size];
        address.Write(written);

        Assert.Equal(hex, Convert.ToHexString(written));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void VectorDecodes(string hex, int upper, int? lower, int size)
    {
        OperationStatus status = HdlcAddress.TryRead(Convert.FromHexString(hex), out HdlcAddress address, out int read);

        Assert.Equal(OperationStatus.Done, status);
        Assert.Equal(size, read);
        Assert.Equal(upper, address.Upper);
        Assert.Equal(lower, address.Lower);
        Assert.Equal(size, address.Size);
    }

    [Fact]
    public void ThreeByteFieldIsInvalid()
    {
        Assert.Equal(OperationStatus.InvalidData, HdlcAddress.TryRead([0x02, 0x04, 0x23], out _, out _));
    }

    [Fact]
    public void FieldWithoutEndBitInFourBytesIsInvalid()
    {
        Assert.Equal(OperationStatus.InvalidData, HdlcAddress.TryRead([0x02, 0x04, 0x06, 0x08, 0x0B], out _, out _));
    }

    [Fact]
    public void UnfinishedFieldNeedsMoreData()
    {
        Assert.Equal(OperationStatus.NeedMoreData, HdlcAddress.TryRead([], out _, out _));
        Assert.Equal(OperationStatus.NeedMoreData, HdlcAddress.TryRead([0x00, 0x02], out _, out _));
    }

    [Fact]
    public void OutOfRangeValuesAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HdlcAddress.Client(0x80));
        Assert.Throws<ArgumentOutOfRangeException>(() => HdlcAddress.Server(1, 0x80, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => HdlcAddress.Server(0x4000, 1, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => HdlcAddress.Server(1, 1, 3));
    }

    [Property(MaxTest = 300)]
    public bool FourByteAddressesRoundTrip(ushort upperSeed, ushort lowerSeed)
    {
        HdlcAddress address = HdlcAddress.Server(upperSeed % 0x4000, lowerSeed % 0x4000, 4);
        var written = new byte[4];
        address.Write(written);

        return HdlcAddress.TryRead(written, out HdlcAddress read, out int size) == OperationStatus.Done
            && size == 4
            && read == address;
    }

    [Property(MaxTest = 300)]
    public bool TwoByteAddressesRoundTrip(byte upperSeed, byte lowerSeed)
    {
        HdlcAddress address = HdlcAddress.Server(upperSeed % 0x80, lowerSeed % 0x80, 2);
        var written = new byte[2];
        address.Write(written);

        return HdlcAddress.TryRead(written, out HdlcAddress read, out int size) == OperationStatus.Done
            && size == 2
            && read == address;
    }
}
