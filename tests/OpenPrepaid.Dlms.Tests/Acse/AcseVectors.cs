namespace OpenPrepaid.Dlms.Tests.Acse;

/// <summary>Known-answer ACSE vectors, with their sources.</summary>
public static class AcseVectors
{
    // DLMS UA Green Book v10 p.444 examples, as reproduced in the dlms-cosem tests tests/test_asce/test_aarq.py
    // and test_aare.py: LN referencing, no ciphering.

    /// <summary>AARQ with low level security, password "12345678", proposing max PDU 1200 (56 bytes).</summary>
    public const string LowLevelSecurityAarq =
        "60 36 A1 09 06 07 60 85 74 05 08 01 01 8A 02 07 80 8B 07 60 85 74 05 08 02 01"
        + " AC 0A 80 08 31 32 33 34 35 36 37 38 BE 10 04 0E 01 00 00 00 06 5F 1F 04 00 00 7E 1F 04 B0";

    /// <summary>AARE accepting it: result 0, diagnostic null, server max PDU 500, vaa-name 0x0007 (43 bytes).</summary>
    public const string AcceptedAare =
        "61 29 A1 09 06 07 60 85 74 05 08 01 01 A2 03 02 01 00 A3 05 A1 03 02 01 00"
        + " BE 10 04 0E 08 00 06 5F 1F 04 00 00 50 1F 01 F4 00 07";

    /// <summary>AARQ without security.</summary>
    public const string NoSecurityAarq = "601DA109060760857405080101BE10040E01000000065F1F0400007E1F04B0";

    /// <summary>AARE rejecting permanently: application-context-name not supported (diagnostic 2).</summary>
    public const string RejectedAare = "6129A109060760857405080101A203020101A305A103020102BE10040E0800065F1F040000501F01F40007";

    /// <summary>AARE rejecting with a ConfirmedServiceError initiateError dlms-version-too-low as user-information.</summary>
    public const string DlmsVersionTooLowAare = "611FA109060760857405080101A203020101A305A103020101BE0604040E010601";

    /// <summary>AARQ with HLS GMAC (mechanism 5), client challenge "K56iVagY".</summary>
    public const string HighLevelSecurityAarq =
        "6036A1090607608574050801018A0207808B0760857405080205AC0A80084B35366956616759BE10040E01000000065F1F0400007E1F04B0";

    /// <summary>AARE to it: accepted with diagnostic 14 (authentication-required), server challenge "P6wRJ21F".</summary>
    public const string HighLevelSecurityAare =
        "6142A109060760857405080101A203020100A305A10302010E88020780890760857405080205AA0A8008503677524A323146BE10040E0800065F1F040000501F01F40007";

    // dlms-cosem tests tests/test_asce/test_rlrq.py and test_rlre.py.

    /// <summary>RLRQ, reason normal.</summary>
    public const string Rlrq = "62 03 80 01 00";

    /// <summary>RLRQ, reason normal, carrying a ciphered InitiateRequest (glo-initiate-request, tag 0x21).</summary>
    public const string RlrqWithCipheredUserInformation =
        "6239800100BE34043221303001234567801302FF8A7874133D414CED25B42534D28DB0047720606B175BD52211BE6841DB204D39EE6FDB8E356855";

    /// <summary>RLRE, reason normal.</summary>
    public const string Rlre = "63 03 80 01 00";

    /// <summary>RLRE, reason normal, carrying an InitiateResponse with quality of service 0 present.</summary>
    public const string RlreWithUserInformation = "63 16 80 01 00 BE 11 04 0F 08 01 00 06 5F 1F 04 00 00 1E 1D 04 C8 00 07";

    /// <summary>
    /// AARQ with ciphering context, LLS password "12345678", calling-AP-title 4D4D4D0000BC614E and a
    /// glo-initiate-request as user-information (dlms-cosem tests/test_asce/test_aarq.py).
    /// </summary>
    public const string CipheredContextAarq =
        "6066A109060760857405080103A60A04084D4D4D0000BC614E8A0207808B0760857405080201AC0A80083132333435363738"
        + "BE34043221303001234567801302FF8A7874133D414CED25B42534D28DB0047720606B175BD52211BE6841DB204D39EE6FDB8E356855";

    /// <summary>
    /// A Landis+Gyr meter's reply to a wrong password, captured and stripped of HDLC framing: rejected-permanent,
    /// acse-service-user diagnostic 13 (authentication-failure), and no user-information.
    /// </summary>
    public const string WrongPasswordAare = "61 17 A1 09 06 07 60 85 74 05 08 01 01 A2 03 02 01 01 A3 05 A1 03 02 01 0D";

    /// <summary>Constructed AARQ without security proposing client-max-receive-pdu-size 0, which means "no limit".</summary>
    public const string MaxPduZeroAarq = "60 1D A1 09 06 07 60 85 74 05 08 01 01 BE 10 04 0E 01 00 00 00 06 5F 1F 04 00 00 7E 1F 00 00";

    /// <summary>Every vector above, as hex text.</summary>
    public static IReadOnlyList<string> Every { get; } =
    [
        LowLevelSecurityAarq,
        AcceptedAare,
        NoSecurityAarq,
        RejectedAare,
        DlmsVersionTooLowAare,
        HighLevelSecurityAarq,
        HighLevelSecurityAare,
        CipheredContextAarq,
        Rlrq,
        RlrqWithCipheredUserInformation,
        Rlre,
        RlreWithUserInformation,
        WrongPasswordAare,
        MaxPduZeroAarq,
    ];

    public static TheoryData<string> All { get; } = new(Every);
}
