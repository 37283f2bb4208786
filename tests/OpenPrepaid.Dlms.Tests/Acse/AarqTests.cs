using System.Buffers.Binary;
using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Tests.Support;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Acse;

/// <summary>Known-answer AARQ vectors, decoded to typed values and encoded back to the same bytes.</summary>
public class AarqTests
{
    [Fact]
    public void LowLevelSecurityAarqDecodes()
    {
        var bytes = Hex.Parse(AcseVectors.LowLevelSecurityAarq);

        var aarq = Assert.IsType<AarqApdu>(ApduDecoder.Decode(bytes));

        Assert.Equal(56, bytes.Length);
        Assert.Equal(ApplicationContextName.LogicalNameNoCiphering, aarq.ApplicationContext);
        Assert.Equal(AuthenticationMechanism.Low, aarq.Mechanism);
        Assert.Equal("12345678"u8.ToArray(), aarq.CallingAuthenticationValue);
        Assert.Null(aarq.CallingApTitle);
        var initiate = InitiateRequest.Decode(aarq.UserInformation!);
        Assert.Equal(Conformance.DefaultLogicalName, initiate.ProposedConformance);
        Assert.Equal(1200, initiate.ClientMaxReceivePduSize);
        Assert.Equal(6, initiate.DlmsVersion);
        Assert.Null(initiate.DedicatedKey);
        Assert.True(initiate.ResponseAllowed);
        Assert.Null(initiate.ProposedQualityOfService);
    }

    [Fact]
    public void LowLevelSecurityAarqEncodes()
    {
        var aarq = new AarqApdu
        {
            Mechanism = AuthenticationMechanism.Low,
            CallingAuthenticationValue = "12345678"u8.ToArray(),
            UserInformation = new InitiateRequest(Conformance.DefaultLogicalName, 1200).Encode(),
        };

        Assert.Equal(Hex.Parse(AcseVectors.LowLevelSecurityAarq), aarq.ToArray());
    }

    [Fact]
    public void NoSecurityAarqRoundTrips()
    {
        var bytes = Hex.Parse(AcseVectors.NoSecurityAarq);

        var aarq = AarqApdu.Decode(bytes);

        Assert.Null(aarq.Mechanism);
        Assert.Null(aarq.CallingAuthenticationValue);
        Assert.Equal(1200, InitiateRequest.Decode(aarq.UserInformation!).ClientMaxReceivePduSize);
        var encoded = new AarqApdu { UserInformation = new InitiateRequest(Conformance.DefaultLogicalName, 1200).Encode() }.ToArray();
        Assert.Equal(bytes, encoded);
    }

    [Fact]
    public void HighLevelSecurityGmacAarqRoundTrips()
    {
        var bytes = Hex.Parse(AcseVectors.HighLevelSecurityAarq);

        var aarq = AarqApdu.Decode(bytes);

        Assert.Equal(AuthenticationMechanism.HighGmac, aarq.Mechanism);
        Assert.Equal("K56iVagY"u8.ToArray(), aarq.CallingAuthenticationValue);
        var encoded = new AarqApdu
        {
            Mechanism = AuthenticationMechanism.HighGmac,
            CallingAuthenticationValue = "K56iVagY"u8.ToArray(),
            UserInformation = new InitiateRequest(Conformance.DefaultLogicalName, 1200).Encode(),
        }.ToArray();
        Assert.Equal(bytes, encoded);
    }

    [Fact]
    public void CipheredContextAarqRoundTrips()
    {
        var bytes = Hex.Parse(AcseVectors.CipheredContextAarq);

        var aarq = AarqApdu.Decode(bytes);

        Assert.Equal(ApplicationContextName.LogicalNameWithCiphering, aarq.ApplicationContext);
        Assert.Equal(Hex.Parse("4D4D4D0000BC614E"), aarq.CallingApTitle);
        Assert.Equal(AuthenticationMechanism.Low, aarq.Mechanism);
        Assert.Equal(0x21, aarq.UserInformation![0]);
        Assert.Equal(0x32, aarq.UserInformation.Length);
        Assert.Equal(bytes, aarq.ToArray());
    }

    [Fact]
    public void ProposedMaxPduZeroDecodesAsZero()
    {
        // client-max-receive-pdu-size 0 means "no limit"; the codec reports the 0 and leaves the meaning to the server.
        var bytes = Hex.Parse(AcseVectors.MaxPduZeroAarq);

        var aarq = AarqApdu.Decode(bytes);
        var initiate = InitiateRequest.Decode(aarq.UserInformation!);

        Assert.Equal(0, initiate.ClientMaxReceivePduSize);
        Assert.Equal(Conformance.DefaultLogicalName, initiate.ProposedConformance);
        Assert.Equal(bytes, new AarqApdu { UserInformation = new InitiateRequest(Conformance.DefaultLogicalName, 0).Encode() }.ToArray());
    }

    [Fact]
    public void PasswordIsNotInText()
    {
        var aarq = AarqApdu.Decode(Hex.Parse(AcseVectors.LowLevelSecurityAarq));

        Assert.DoesNotContain("12345678", aarq.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownComponentsAreSkipped()
    {
        // protocol-version (80 02 07 80) and implementation-information (BD 02 41 42) before the context name
        var bytes = Hex.Parse("60 13 80 02 07 80 BD 02 41 42 A1 09 06 07 60 85 74 05 08 01 01");

        var aarq = AarqApdu.Decode(bytes);

        Assert.Equal(ApplicationContextName.LogicalNameNoCiphering, aarq.ApplicationContext);
        Assert.Null(aarq.UserInformation);
    }

    [Theory]
    [InlineData("60 00")]
    [InlineData("60 04 BE 02 04 00")]
    [InlineData("61 09 A1 07 06 05 60 85 74 05 08")]
    [InlineData("60 0B A1 09 06 07 60 85 74 05 08 02 01")]
    [InlineData("60 0B A1 09 06 07 60 85 74 05 09 01 01")]
    [InlineData("60 14 A1 09 06 07 60 85 74 05 08 01 01 8B 07 60 85 74 05 08 01 01")]
    [InlineData("60 13 A1 09 06 07 60 85 74 05 08 01 01 8B 06 60 85 74 05 08 02")]
    [InlineData("60 11 A1 09 06 07 60 85 74 05 08 01 01 AC 04 04 02 31 32")]
    [InlineData("60 12 A1 09 06 07 60 85 74 05 08 01 01 1F 05 01 02 03 04 05")]
    public void MalformedAarqIsRejected(string hex)
    {
        // no context name, user-information without one, wrong APDU tag, context under the mechanism arc,
        // wrong OID prefix, mechanism under the context arc, short mechanism OID, password not tagged [0],
        // multi-byte BER tag
        Assert.Throws<DlmsProtocolException>(() => AarqApdu.Decode(Hex.Parse(hex)));
    }

    [Fact]
    public void HugeMechanismNameIsRejected()
    {
        // A mechanism-name of 4 MiB must be rejected by its length, not copied to the stack.
        var content = new byte[4 << 20];
        byte[] component = [0x8B, 0x84, .. BigEndian(content.Length), .. content];
        byte[] context = [0xA1, 0x09, 0x06, 0x07, 0x60, 0x85, 0x74, 0x05, 0x08, 0x01, 0x01];
        byte[] aarq = [0x60, 0x84, .. BigEndian(context.Length + component.Length), .. context, .. component];

        var error = Assert.Throws<DlmsProtocolException>(() => ApduDecoder.Decode(aarq));

        Assert.Contains("mechanism-name", error.Message, StringComparison.Ordinal);
    }

    private static byte[] BigEndian(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }
}
