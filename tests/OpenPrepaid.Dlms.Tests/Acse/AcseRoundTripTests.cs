using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenPrepaid.Dlms.Acse;
using OpenPrepaid.Dlms.Tests.Axdr;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Dlms.Tests.Acse;

/// <summary>
/// Generated ACSE APDUs encode and decode back to the same fields and bytes. The records hold byte arrays, which
/// record equality compares by reference, so the fields are compared one by one.
/// </summary>
public class AcseRoundTripTests
{
    [Property(Arbitrary = [typeof(AcseArbitraries)], MaxTest = 300)]
    public void AarqRoundTrips(AarqApdu aarq)
    {
        var bytes = aarq.ToArray();
        var decoded = Assert.IsType<AarqApdu>(ApduDecoder.Decode(bytes));

        Assert.Equal(aarq.ApplicationContext, decoded.ApplicationContext);
        Assert.Equal(aarq.CallingApTitle, decoded.CallingApTitle);
        Assert.Equal(aarq.Mechanism, decoded.Mechanism);
        Assert.Equal(aarq.CallingAuthenticationValue, decoded.CallingAuthenticationValue);
        Assert.Equal(aarq.UserInformation, decoded.UserInformation);
        Assert.Equal(bytes, decoded.ToArray());
    }

    [Property(Arbitrary = [typeof(AcseArbitraries)], MaxTest = 300)]
    public void AareRoundTrips(AareApdu aare)
    {
        var bytes = aare.ToArray();
        var decoded = Assert.IsType<AareApdu>(ApduDecoder.Decode(bytes));

        Assert.Equal(aare.ApplicationContext, decoded.ApplicationContext);
        Assert.Equal(aare.Result, decoded.Result);
        Assert.Equal(aare.Diagnostic, decoded.Diagnostic);
        Assert.Equal(aare.RespondingApTitle, decoded.RespondingApTitle);
        Assert.Equal(aare.Mechanism, decoded.Mechanism);
        Assert.Equal(aare.RespondingAuthenticationValue, decoded.RespondingAuthenticationValue);
        Assert.Equal(aare.UserInformation, decoded.UserInformation);
        Assert.Equal(bytes, decoded.ToArray());
    }

    [Property(Arbitrary = [typeof(AcseArbitraries)], MaxTest = 200)]
    public void ReleaseRequestRoundTrips(byte? reason, NullableBytes userInformation)
    {
        var rlrq = new RlrqApdu(reason, userInformation.Value);

        var decoded = Assert.IsType<RlrqApdu>(ApduDecoder.Decode(rlrq.ToArray()));

        Assert.Equal(reason, decoded.Reason);
        Assert.Equal(userInformation.Value, decoded.UserInformation);
    }

    [Property(Arbitrary = [typeof(AcseArbitraries)], MaxTest = 200)]
    public void ReleaseResponseRoundTrips(byte? reason, NullableBytes userInformation)
    {
        var rlre = new RlreApdu(reason, userInformation.Value);

        var decoded = Assert.IsType<RlreApdu>(ApduDecoder.Decode(rlre.ToArray()));

        Assert.Equal(reason, decoded.Reason);
        Assert.Equal(userInformation.Value, decoded.UserInformation);
    }

    [Property(Arbitrary = [typeof(AcseArbitraries)], MaxTest = 300)]
    public void InitiateRequestRoundTrips(InitiateRequest request)
    {
        var decoded = InitiateRequest.Decode(request.Encode());

        Assert.Equal(request.ProposedConformance, decoded.ProposedConformance);
        Assert.Equal(request.ClientMaxReceivePduSize, decoded.ClientMaxReceivePduSize);
        Assert.Equal(request.DlmsVersion, decoded.DlmsVersion);
        Assert.Equal(request.DedicatedKey, decoded.DedicatedKey);
        Assert.Equal(request.ResponseAllowed, decoded.ResponseAllowed);
        Assert.Equal(request.ProposedQualityOfService, decoded.ProposedQualityOfService);
    }

    [Property(Arbitrary = [typeof(AcseArbitraries)], MaxTest = 300)]
    public void InitiateResponseRoundTrips(InitiateResponse response)
    {
        Assert.Equal(response, InitiateResponse.Decode(response.Encode()));
    }
}

/// <summary>A byte array or null, wrapped so that FsCheck can generate it as one argument.</summary>
public sealed record NullableBytes(byte[]? Value)
{
    public override string ToString() => Value is null ? "null" : Convert.ToHexString(Value);
}

/// <summary>Generators of ACSE APDUs and of the xDLMS InitiateRequest and InitiateResponse they carry.</summary>
public static class AcseArbitraries
{
    private static readonly Gen<byte[]?> OptionalBytes = Gen.Frequency(
        (1, Gen.Constant<byte[]?>(null)),
        (3, DataGenerators.AnyBytes.Select(b => (byte[]?)b)));

    // Mechanism None is sent by leaving the mechanism-name out, so it decodes as null; the generator uses
    // null for "no authentication" and never None.
    private static readonly Gen<AuthenticationMechanism?> Mechanism = Gen.Frequency(
        (1, Gen.Constant<AuthenticationMechanism?>(null)),
        (3, Gen.Choose(1, 7).Select(m => (AuthenticationMechanism?)(AuthenticationMechanism)m)));

    private static readonly Gen<Conformance> AnyConformance = Gen.Choose(0, 0xFFFFFF).Select(c => (Conformance)c);

    private static readonly Gen<sbyte?> OptionalInteger = Gen.Frequency(
        (1, Gen.Constant<sbyte?>(null)),
        (1, DataGenerators.Byte.Select(b => (sbyte?)unchecked((sbyte)b))));

    public static Arbitrary<AarqApdu> Aarq() => Arb.From(
        from context in DataGenerators.Byte
        from title in OptionalBytes
        from mechanism in Mechanism
        from value in OptionalBytes
        from userInformation in OptionalBytes
        select new AarqApdu
        {
            ApplicationContext = (ApplicationContextName)context,
            CallingApTitle = title,
            Mechanism = mechanism,
            CallingAuthenticationValue = value,
            UserInformation = userInformation,
        });

    public static Arbitrary<AareApdu> Aare() => Arb.From(
        from context in DataGenerators.Byte
        from result in DataGenerators.Byte
        from provider in Gen.Elements(true, false)
        from diagnostic in DataGenerators.Byte
        from title in OptionalBytes
        from mechanism in Mechanism
        from value in OptionalBytes
        from userInformation in OptionalBytes
        select new AareApdu
        {
            ApplicationContext = (ApplicationContextName)context,
            Result = (AssociationResult)result,
            Diagnostic = new ResultSourceDiagnostic(provider, diagnostic),
            RespondingApTitle = title,
            Mechanism = mechanism,
            RespondingAuthenticationValue = value,
            UserInformation = userInformation,
        });

    public static Arbitrary<NullableBytes> Bytes() => Arb.From(OptionalBytes.Select(b => new NullableBytes(b)));

    public static Arbitrary<InitiateRequest> InitiateRequest() => Arb.From(
        from conformance in AnyConformance
        from maxPdu in Gen.Choose(0, 0xFFFF)
        from version in DataGenerators.Byte
        from key in Gen.Frequency((2, Gen.Constant<byte[]?>(null)), (1, DataGenerators.Bytes(16).Select(b => (byte[]?)b)), (1, OptionalBytes))
        from responseAllowed in Gen.Elements(true, false)
        from qualityOfService in OptionalInteger
        select new InitiateRequest(conformance, (ushort)maxPdu, version, key, responseAllowed, qualityOfService));

    public static Arbitrary<InitiateResponse> InitiateResponse() => Arb.From(
        from conformance in AnyConformance
        from maxPdu in Gen.Choose(0, 0xFFFF)
        from version in DataGenerators.Byte
        from vaaName in Gen.Choose(0, 0xFFFF)
        from qualityOfService in OptionalInteger
        select new InitiateResponse(conformance, (ushort)maxPdu, version, (ushort)vaaName, qualityOfService));
}
