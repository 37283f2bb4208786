using System.Text;
using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Client;
using OpenPrepaid.Dlms.Tests.Support;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Engine;

public class AssociationTests
{
    [Fact]
    public async Task PublicClientAssociatesAndReads()
    {
        var device = EngineFixture.CreateDevice(serverMaxPdu: 500);
        var (client, _) = EngineFixture.Connect(device, 16);

        await client.AssociateAsync();
        var value = await client.GetAsync(EngineFixture.EnergyValue);

        Assert.True(client.IsAssociated);
        Assert.Equal(500, client.ServerMaxReceivePduSize);
        Assert.Equal(new DoubleLongUnsignedData(12345), value);
    }

    [Fact]
    public async Task ManagementClientAssociatesWithPassword()
    {
        var device = EngineFixture.CreateDevice();
        var (client, _) = EngineFixture.Connect(device, 1, EngineFixture.Management);

        await client.AssociateAsync();
        await client.SetAsync(EngineFixture.CreditAmount, new DoubleLongData(42));

        Assert.Equal(new DoubleLongData(42), await client.GetAsync(EngineFixture.CreditAmount));
    }

    [Fact]
    public async Task WrongPasswordFailsWithoutFurtherRequests()
    {
        var device = EngineFixture.CreateDevice();
        var options = EngineFixture.Management with { Password = Encoding.ASCII.GetBytes("00000000") };
        var (client, transport) = EngineFixture.Connect(device, 1, options);

        var error = await Assert.ThrowsAsync<DlmsAssociationException>(() => client.AssociateAsync());

        Assert.Equal(AssociationResult.RejectedPermanent, error.Result);
        Assert.Equal(AcseServiceUserDiagnostic.AuthenticationFailure, error.Diagnostic.UserDiagnostic);
        Assert.True(error.IsAuthenticationFailure);
        Assert.False(error.IsTransient);
        Assert.Contains("authentication failure", error.Message, StringComparison.Ordinal);
        Assert.Single(transport.Sent);
        Assert.True(transport.Closed);
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync(EngineFixture.EnergyValue));
        Assert.Single(transport.Sent);
    }

    [Fact]
    public async Task ManagementSapWithoutPasswordIsRejected()
    {
        var device = EngineFixture.CreateDevice();
        var (client, _) = EngineFixture.Connect(device, 1, EngineFixture.Public);

        var error = await Assert.ThrowsAsync<DlmsAssociationException>(() => client.AssociateAsync());

        Assert.Equal(AcseServiceUserDiagnostic.AuthenticationRequired, error.Diagnostic.UserDiagnostic);
    }

    [Fact]
    public async Task UnknownClientSapIsRejected()
    {
        var device = EngineFixture.CreateDevice();
        var (client, _) = EngineFixture.Connect(device, 48);

        var error = await Assert.ThrowsAsync<DlmsAssociationException>(() => client.AssociateAsync());

        Assert.Equal(AssociationResult.RejectedPermanent, error.Result);
    }

    [Fact]
    public void AarqProposingMaxPduZeroIsAcceptedAsUnlimited()
    {
        // CONSTRUCTED AARQ without security proposing client-max-receive-pdu-size 0 ("no limit").
        var aarq = Hex.Parse("60 1D A1 09 06 07 60 85 74 05 08 01 01 BE 10 04 0E 01 00 00 00 06 5F 1F 04 00 00 7E 1F 00 00");
        var device = EngineFixture.CreateDevice(tariffTableBytes: 3000);
        using var session = device.OpenSession(16, 1);

        var aare = Assert.IsType<AareApdu>(ApduDecoder.Decode(session.Process(aarq).Span));
        var get = new GetRequestNormal(InvokeIdAndPriority.Default, new AttributeReference(EngineFixture.TariffTable));
        var answer = ApduDecoder.Decode(session.Process(get.ToArray()).Span);

        Assert.Equal(AssociationResult.Accepted, aare.Result);
        var normal = Assert.IsType<GetResponseNormal>(answer);
        Assert.Equal(3000, Assert.IsType<OctetStringData>(normal.Result.Data).Value.Length);
    }

    [Fact]
    public async Task MeterGrantsOnlyCommonServices()
    {
        var device = EngineFixture.CreateDevice(conformance: Conformance.Get | Conformance.BlockTransferWithGetOrRead);
        var (client, transport) = EngineFixture.Connect(device, 16);
        await client.AssociateAsync();

        var error = await Assert.ThrowsAsync<DlmsServiceException>(() => client.SetAsync(EngineFixture.CreditAmount, new DoubleLongData(1)));

        Assert.Equal(Conformance.Get | Conformance.BlockTransferWithGetOrRead, client.NegotiatedConformance);
        Assert.Contains("SET", error.Message, StringComparison.Ordinal);
        Assert.Single(transport.Sent);
        Assert.True(client.IsAssociated);
    }

    [Fact]
    public async Task ReleaseSendsRlrqAndClosesTheLink()
    {
        var device = EngineFixture.CreateDevice();
        var (client, transport) = EngineFixture.Connect(device, 16);
        await client.AssociateAsync();

        await client.ReleaseAsync();

        Assert.Equal(ApduTag.Rlrq, transport.Sent[^1][0]);
        Assert.True(transport.Closed);
        Assert.False(client.IsAssociated);
    }

    [Fact]
    public async Task LostAnswerBreaksTheSessionForGood()
    {
        var device = EngineFixture.CreateDevice();
        var (client, transport) = EngineFixture.Connect(device, 16);
        await client.AssociateAsync();
        transport.FailOnRequest = 1;

        await Assert.ThrowsAsync<DlmsTransportException>(() => client.GetAsync(EngineFixture.EnergyValue));

        Assert.True(client.IsBroken);
        var reuse = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync(EngineFixture.EnergyValue));
        Assert.Contains("broken", reuse.Message, StringComparison.Ordinal);
        Assert.Equal(2, transport.Sent.Count);
    }

    [Fact]
    public void RequestBeforeAssociationGetsExceptionResponse()
    {
        var device = EngineFixture.CreateDevice();
        using var session = device.OpenSession(16, 1);
        var get = new GetRequestNormal(InvokeIdAndPriority.Default, new AttributeReference(EngineFixture.EnergyValue));

        var answer = Assert.IsType<ExceptionResponse>(ApduDecoder.Decode(session.Process(get.ToArray()).Span));

        Assert.Equal(ExceptionStateError.ServiceNotAllowed, answer.StateError);
    }

    [Fact]
    public void JunkRequestGetsExceptionResponse()
    {
        var device = EngineFixture.CreateDevice();
        using var session = device.OpenSession(16, 1);

        var answer = ApduDecoder.Decode(session.Process(new byte[] { 0xC0, 0x09, 0xFF }).Span);

        Assert.IsType<ExceptionResponse>(answer);
    }
}
