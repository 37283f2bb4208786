using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Tests.Support;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Acse;

/// <summary>Known-answer AARE vectors, decoded to typed values and encoded back to the same bytes.</summary>
public class AareTests
{
    private static readonly Conformance ServerConformance = (Conformance)0x00501F;

    [Fact]
    public void AcceptedAareDecodes()
    {
        var bytes = Hex.Parse(AcseVectors.AcceptedAare);

        var aare = Assert.IsType<AareApdu>(ApduDecoder.Decode(bytes));

        Assert.Equal(43, bytes.Length);
        Assert.Equal(ApplicationContextName.LogicalNameNoCiphering, aare.ApplicationContext);
        Assert.Equal(AssociationResult.Accepted, aare.Result);
        Assert.Equal(ResultSourceDiagnostic.User(AcseServiceUserDiagnostic.Null), aare.Diagnostic);
        Assert.Null(aare.Mechanism);
        Assert.Null(aare.RespondingAuthenticationValue);
        Assert.Equal(new InitiateResponse(ServerConformance, 500), InitiateResponse.Decode(aare.UserInformation!));
    }

    [Fact]
    public void AcceptedAareEncodes()
    {
        var aare = new AareApdu
        {
            Result = AssociationResult.Accepted,
            Diagnostic = ResultSourceDiagnostic.User(AcseServiceUserDiagnostic.Null),
            UserInformation = new InitiateResponse(ServerConformance, 500).Encode(),
        };

        Assert.Equal(Hex.Parse(AcseVectors.AcceptedAare), aare.ToArray());
    }

    [Fact]
    public void RejectedAareRoundTrips()
    {
        var bytes = Hex.Parse(AcseVectors.RejectedAare);

        var aare = AareApdu.Decode(bytes);

        Assert.Equal(AssociationResult.RejectedPermanent, aare.Result);
        Assert.Equal(AcseServiceUserDiagnostic.ApplicationContextNameNotSupported, aare.Diagnostic.UserDiagnostic);
        var encoded = new AareApdu
        {
            Result = AssociationResult.RejectedPermanent,
            Diagnostic = ResultSourceDiagnostic.User(AcseServiceUserDiagnostic.ApplicationContextNameNotSupported),
            UserInformation = new InitiateResponse(ServerConformance, 500).Encode(),
        }.ToArray();
        Assert.Equal(bytes, encoded);
    }

    [Fact]
    public void InitiateErrorAareCarriesDlmsVersionTooLow()
    {
        var bytes = Hex.Parse(AcseVectors.DlmsVersionTooLowAare);

        var aare = AareApdu.Decode(bytes);
        var error = Assert.IsType<ConfirmedServiceError>(ApduDecoder.Decode(aare.UserInformation!));

        Assert.Equal(AssociationResult.RejectedPermanent, aare.Result);
        Assert.Equal(AcseServiceUserDiagnostic.NoReasonGiven, aare.Diagnostic.UserDiagnostic);
        Assert.Equal(ConfirmedServiceError.Initiate(InitiateError.DlmsVersionTooLow), error);
        Assert.Equal(Hex.Parse("0E 01 06 01"), aare.UserInformation);
        var encoded = new AareApdu
        {
            Result = AssociationResult.RejectedPermanent,
            Diagnostic = ResultSourceDiagnostic.User(AcseServiceUserDiagnostic.NoReasonGiven),
            UserInformation = error.ToArray(),
        }.ToArray();
        Assert.Equal(bytes, encoded);
    }

    [Fact]
    public void HighLevelSecurityGmacAareRoundTrips()
    {
        var bytes = Hex.Parse(AcseVectors.HighLevelSecurityAare);

        var aare = AareApdu.Decode(bytes);

        Assert.Equal(AssociationResult.Accepted, aare.Result);
        Assert.Equal(AcseServiceUserDiagnostic.AuthenticationRequired, aare.Diagnostic.UserDiagnostic);
        Assert.Equal(AuthenticationMechanism.HighGmac, aare.Mechanism);
        Assert.Equal("P6wRJ21F"u8.ToArray(), aare.RespondingAuthenticationValue);
        Assert.Null(aare.RespondingApTitle);
        var encoded = new AareApdu
        {
            Result = AssociationResult.Accepted,
            Diagnostic = ResultSourceDiagnostic.User(AcseServiceUserDiagnostic.AuthenticationRequired),
            Mechanism = AuthenticationMechanism.HighGmac,
            RespondingAuthenticationValue = "P6wRJ21F"u8.ToArray(),
            UserInformation = new InitiateResponse(ServerConformance, 500).Encode(),
        }.ToArray();
        Assert.Equal(bytes, encoded);
    }

    [Fact]
    public void RejectionWithoutUserInformationIsStillRejection()
    {
        var bytes = Hex.Parse(AcseVectors.WrongPasswordAare);

        var aare = Assert.IsType<AareApdu>(ApduDecoder.Decode(bytes));

        Assert.Equal(AssociationResult.RejectedPermanent, aare.Result);
        Assert.False(aare.Diagnostic.FromServiceProvider);
        Assert.Equal(AcseServiceUserDiagnostic.AuthenticationFailure, aare.Diagnostic.UserDiagnostic);
        Assert.Equal("authentication failure", aare.Diagnostic.ToString());
        Assert.Null(aare.UserInformation);
        Assert.Equal(bytes, aare.ToArray());
    }

    [Fact]
    public void ServiceProviderDiagnosticRoundTrips()
    {
        // Built from the AARE layout: rejected-permanent, acse-service-provider (A2) diagnostic 2, no-common-acse-version.
        var bytes = Hex.Parse("61 17 A1 09 06 07 60 85 74 05 08 01 01 A2 03 02 01 01 A3 05 A2 03 02 01 02");

        var aare = AareApdu.Decode(bytes);

        Assert.True(aare.Diagnostic.FromServiceProvider);
        Assert.Equal(2, aare.Diagnostic.Value);
        Assert.Null(aare.Diagnostic.UserDiagnostic);
        Assert.Equal("no common ACSE version", aare.Diagnostic.ToString());
        Assert.Equal(bytes, aare.ToArray());
    }

    [Fact]
    public void RespondingApTitleRoundTrips()
    {
        var aare = new AareApdu
        {
            ApplicationContext = ApplicationContextName.LogicalNameWithCiphering,
            Result = AssociationResult.Accepted,
            Diagnostic = ResultSourceDiagnostic.User(AcseServiceUserDiagnostic.AuthenticationRequired),
            RespondingApTitle = Hex.Parse("4D4D4D0000BC614E"),
            Mechanism = AuthenticationMechanism.HighGmac,
            RespondingAuthenticationValue = "P6wRJ21F"u8.ToArray(),
        };

        var bytes = aare.ToArray();
        var decoded = AareApdu.Decode(bytes);

        // responding-AP-title: A4 0A 04 08 <system title>, placed after the result-source-diagnostic
        Assert.Equal(Hex.Parse("A4 0A 04 08 4D 4D 4D 00 00 BC 61 4E"), bytes[25..37]);
        Assert.Equal(aare.RespondingApTitle, decoded.RespondingApTitle);
        Assert.Equal(ApplicationContextName.LogicalNameWithCiphering, decoded.ApplicationContext);
        Assert.Equal(bytes, decoded.ToArray());
    }

    [Theory]
    [InlineData("61 10 A1 09 06 07 60 85 74 05 08 01 01 A2 03 02 01 00")]
    [InlineData("61 12 A1 09 06 07 60 85 74 05 08 01 01 A3 05 A1 03 02 01 00")]
    [InlineData("61 17 A1 09 06 07 60 85 74 05 08 01 01 A2 03 02 01 00 A3 05 A3 03 02 01 00")]
    [InlineData("61 17 A1 09 06 07 60 85 74 05 08 01 01 A2 03 02 02 00 A3 05 A1 03 02 01 00")]
    [InlineData("61 19 A1 09 06 07 60 85 74 05 08 01 01 A2 03 02 01 00 A3 07 A1 03 02 01 00 00 00")]
    [InlineData("61 18 A1 09 06 07 60 85 74 05 08 01 01 A2 03 02 01 00 A3 05 A1 03 02 01 00")]
    public void MalformedAareIsRejected(string hex)
    {
        // no diagnostic, no result, diagnostic neither A1 nor A2, result not a one-byte INTEGER,
        // bytes after the diagnostic choice, declared length longer than the APDU
        Assert.Throws<DlmsProtocolException>(() => AareApdu.Decode(Hex.Parse(hex)));
    }
}
