using OpenPrepaid.Dlms.Tests.Support;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Xdlms;

/// <summary>Exception-Response and ConfirmedServiceError, the replies to requests a server cannot process.</summary>
public class ErrorResponseTests
{
    [Fact]
    public void ServiceNotSupportedExceptionRoundTrips()
    {
        var bytes = Hex.Parse(XdlmsVectors.ServiceNotSupportedException);
        var expected = new ExceptionResponse(ExceptionStateError.ServiceNotAllowed, ExceptionServiceError.ServiceNotSupported);

        Assert.Equal(expected, ApduDecoder.Decode(bytes));
        Assert.Equal(bytes, expected.ToArray());
    }

    [Fact]
    public void InvocationCounterErrorCarriesExpectedCounter()
    {
        var bytes = Hex.Parse(XdlmsVectors.InvocationCounterException);
        var expected = new ExceptionResponse(ExceptionStateError.ServiceNotAllowed, ExceptionServiceError.InvocationCounterError, 42);

        Assert.Equal(expected, ApduDecoder.Decode(bytes));
        Assert.Equal(bytes, expected.ToArray());
    }

    [Fact]
    public void InitiateErrorRoundTrips()
    {
        var bytes = Hex.Parse(XdlmsVectors.DlmsVersionTooLowError);

        var error = Assert.IsType<ConfirmedServiceError>(ApduDecoder.Decode(bytes));

        Assert.Equal(ConfirmedServiceError.InitiateErrorChoice, error.ServiceChoice);
        Assert.Equal(ServiceErrorKind.Initiate, error.Kind);
        Assert.Equal((byte)InitiateError.DlmsVersionTooLow, error.Value);
        Assert.Equal("initiate error: DlmsVersionTooLow", error.ToString());
        Assert.Equal(bytes, ConfirmedServiceError.Initiate(InitiateError.DlmsVersionTooLow).ToArray());
    }

    [Theory]
    [InlineData("0E 05 05 03", 5, ServiceErrorKind.Access, 3)]
    [InlineData("0E 06 0A 00", 6, ServiceErrorKind.Other, 0)]
    [InlineData("0E 01 06 03", 1, ServiceErrorKind.Initiate, 3)]
    public void ConfirmedServiceErrorKeepsChoiceAndKind(string hex, byte choice, ServiceErrorKind kind, byte value)
    {
        var bytes = Hex.Parse(hex);
        var expected = new ConfirmedServiceError(choice, kind, value);

        Assert.Equal(expected, ApduDecoder.Decode(bytes));
        Assert.Equal(bytes, expected.ToArray());
    }

    [Theory]
    [InlineData("D8 01")]
    [InlineData("D8 01 06 00 00 00")]
    [InlineData("D8 01 02 00")]
    [InlineData("0E 01 06")]
    [InlineData("0E 01 06 01 00")]
    public void MalformedErrorIsRejected(string hex)
    {
        // missing service error, short invocation counter, trailing byte, missing value, trailing byte
        Assert.Throws<DlmsProtocolException>(() => ApduDecoder.Decode(Hex.Parse(hex)));
    }
}
