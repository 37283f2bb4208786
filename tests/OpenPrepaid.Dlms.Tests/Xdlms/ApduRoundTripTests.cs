using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Xdlms;

/// <summary>Every generated xDLMS APDU encodes and decodes back to an equal APDU and the same bytes.</summary>
public class ApduRoundTripTests
{
    public static TheoryData<string> ApduTypes { get; } = new(
        nameof(GetRequestNormal),
        nameof(GetRequestNext),
        nameof(GetRequestWithList),
        nameof(GetResponseNormal),
        nameof(GetResponseWithDataBlock),
        nameof(GetResponseWithList),
        nameof(SetRequestNormal),
        nameof(SetRequestWithFirstDataBlock),
        nameof(SetRequestWithDataBlock),
        nameof(SetRequestWithList),
        nameof(SetResponseNormal),
        nameof(SetResponseDataBlock),
        nameof(SetResponseLastDataBlock),
        nameof(SetResponseWithList),
        nameof(ActionRequestNormal),
        nameof(ActionResponseNormal),
        nameof(ExceptionResponse),
        nameof(ConfirmedServiceError));

    [Property(Arbitrary = [typeof(ApduArbitraries)], MaxTest = 1000)]
    public void AnyApduRoundTrips(DlmsApdu apdu) => AssertRoundTrip(apdu);

    [Theory]
    [MemberData(nameof(ApduTypes))]
    public void EveryApduTypeRoundTrips(string typeName)
    {
        var samples = ApduGenerators.Apdu.Where(a => a.GetType().Name == typeName).Sample(100);

        Assert.Equal(100, samples.Length);
        foreach (var apdu in samples)
        {
            AssertRoundTrip(apdu);
        }
    }

    private static void AssertRoundTrip(DlmsApdu apdu)
    {
        var bytes = apdu.ToArray();
        var decoded = ApduDecoder.Decode(bytes);

        Assert.IsType(apdu.GetType(), decoded);
        Assert.Equal(apdu, decoded);
        Assert.Equal(bytes, decoded.ToArray());
    }
}
