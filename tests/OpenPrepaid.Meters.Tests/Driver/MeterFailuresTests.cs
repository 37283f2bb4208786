using System.Net.Sockets;
using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Dlms;
using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Xdlms;
using OpenPrepaid.Meters.Driver;

namespace OpenPrepaid.Meters.Tests.Driver;

public class MeterFailuresTests
{
    [Fact]
    public void TimeoutReadsTimedOut()
    {
        var failure = MeterFailures.ExchangeFailed("M1", new DlmsTimeoutException("no response", TimeSpan.FromSeconds(2)), tries: 3);

        Assert.Equal(MeterFailureKind.TimedOut, failure.Kind);
        Assert.Equal("timed out: no response within 2 s, tried 3 times", failure.Message);
        Assert.Equal("M1", failure.Serial);
    }

    [Fact]
    public void RefusedConnectionIsNamed()
    {
        var refused = new DlmsTransportException("failed", new SocketException((int)SocketError.ConnectionRefused));

        var failure = MeterFailures.ChannelFailed(ChannelEndpoint.Tcp("127.0.0.1", 4059), refused, TimeSpan.FromSeconds(5));

        Assert.Equal(MeterFailureKind.ConnectionFailed, failure.Kind);
        Assert.Equal("connection refused by 127.0.0.1:4059", failure.Message);
    }

    [Fact]
    public void WrongPasswordReadsAssociationRejected()
    {
        var rejection = new DlmsAssociationException(
            AssociationResult.RejectedPermanent, ResultSourceDiagnostic.User(AcseServiceUserDiagnostic.AuthenticationFailure));

        var failure = MeterFailures.ExchangeFailed("M1", rejection, tries: 1);

        Assert.Equal(MeterFailureKind.AssociationRejected, failure.Kind);
        Assert.Equal("association rejected: wrong password", failure.Message);
    }

    [Fact]
    public void DeniedAccessReadsAccessDenied()
    {
        var denied = new DlmsServiceException("GET class 1 0.0.96.50.7.255 attribute 2", DataAccessResult.ReadWriteDenied);

        var failure = MeterFailures.ExchangeFailed("M1", denied, tries: 1);

        Assert.Equal(MeterFailureKind.AccessDenied, failure.Kind);
        Assert.StartsWith("access denied: ", failure.Message);
        Assert.Contains("read-write-denied", failure.Message);
    }

    [Fact]
    public void GarbledResponseIsProtocolError()
    {
        var failure = MeterFailures.ExchangeFailed("M1", new DlmsProtocolException("Unknown APDU tag 0xC5", 0), tries: 2);

        Assert.Equal(MeterFailureKind.ProtocolError, failure.Kind);
        Assert.Equal("protocol error: unknown APDU tag 0xC5 (at byte offset 0)", failure.Message);
    }

    [Fact]
    public void ClosedConnectionReadsConnectionLost()
    {
        var failure = MeterFailures.ExchangeFailed("M1", new DlmsTransportException("The connection was closed by the peer (end of stream)."), tries: 1);

        Assert.Equal(MeterFailureKind.ConnectionLost, failure.Kind);
        Assert.Equal("connection lost: the connection was closed by the peer (end of stream)", failure.Message);
    }
}
