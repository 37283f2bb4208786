namespace OpenPrepaid.Dlms.Tests.Xdlms;

/// <summary>Known-answer xDLMS vectors, with their sources.</summary>
public static class XdlmsVectors
{
    // GET of Clock (class 8, 0.0.1.0.0.255) attribute 2, built from the Get-Request-Normal layout of
    // IEC 62056-5-3; the date-time value is the one of the dlms-cosem SET test (tests/test_xdlms/test_set.py).

    /// <summary>Get-Request-Normal of the clock time, invoke id 1, confirmed, high priority.</summary>
    public const string GetClockRequest = "C0 01 C1 00 08 00 00 01 00 00 FF 02 00";

    /// <summary>Its response: octet-string(12) 2021-01-24, weekday not specified, 14:48:57.80, deviation -60, status 0.</summary>
    public const string GetClockResponse = "C4 01 C1 00 09 0C 07 E5 01 18 FF 0E 30 39 50 FF C4 00";

    /// <summary>Get-Response-Normal carrying Data-Access-Result 4, object-undefined.</summary>
    public const string GetObjectUndefinedResponse = "C4 01 C1 01 04";

    /// <summary>Get-Response-Normal with double-long-unsigned 5009 (dlms-cosem tests/test_xdlms/test_get.py).</summary>
    public const string GetDoubleLongUnsignedResponse = "C4 01 C1 00 06 00 00 13 91";

    /// <summary>Get-Request-Next acknowledging block 1 (dlms-cosem tests/test_xdlms/test_get.py).</summary>
    public const string GetRequestNext = "C0 02 C1 00 00 00 01";

    /// <summary>
    /// Get-Request-With-List of Data 0.0.42.0.0.255 attribute 2 and Clock 0.0.1.0.0.255 attribute 2
    /// (dlms-cosem tests/test_xdlms/test_get.py).
    /// </summary>
    public const string GetWithListRequest = "C0 03 C1 02 00 01 00 00 2A 00 00 FF 02 00 00 08 00 00 01 00 00 FF 02 00";

    /// <summary>
    /// Constructed Get-Request-With-List of three items: Register 1.0.1.8.0.255 attributes 2 and 3, then the clock time.
    /// </summary>
    public const string GetWithListOfThreeRequest =
        "C0 03 C1 03 00 03 01 00 01 08 00 FF 02 00 00 03 01 00 01 08 00 FF 03 00 00 08 00 00 01 00 00 FF 02 00";

    /// <summary>A meter's clock time in a GET response: 2024-06-15 Saturday 20:23:45.00, deviation -120, daylight saving active.</summary>
    public const string GetSummerClockResponse = "C4 01 C1 00 09 0C 07 E8 06 0F 06 14 17 2D 00 FF 88 80";

    /// <summary>Constructed: the same clock time with clock status 0xFF, "not specified".</summary>
    public const string GetClockStatusNotSpecifiedResponse = "C4 01 C1 00 09 0C 07 E8 06 0F 06 14 17 2D 00 FF 88 FF";

    /// <summary>
    /// Set-Request-Normal of the clock time (dlms-cosem tests/test_xdlms/test_set.py), acknowledged by
    /// <see cref="SetSuccessResponse"/>.
    /// </summary>
    public const string SetClockRequest = "C1 01 C1 00 08 00 00 01 00 00 FF 02 00 09 0C 07 E5 01 18 FF 0E 30 39 50 FF C4 00";

    /// <summary>Set-Response-Normal, success.</summary>
    public const string SetSuccessResponse = "C5 01 C1 00";

    /// <summary>Constructed time-sync write that keeps the clock status 0xFF: 2024-06-15 Saturday 20:25:00.00, deviation -120.</summary>
    public const string SetClockStatusNotSpecifiedRequest =
        "C1 01 C1 00 08 00 00 01 00 00 FF 02 00 09 0C 07 E8 06 0F 06 14 19 00 00 FF 88 FF";

    /// <summary>
    /// Set-Request-With-First-Datablock of Data 0.0.128.0.0.255 attribute 2, 21 raw bytes of a 52-byte
    /// octet-string (Green Book Table 137, as in dlms-cosem tests/test_xdlms/test_set.py).
    /// </summary>
    public const string SetFirstDataBlockRequest =
        "C1 02 C1 00 01 00 00 80 00 00 FF 02 00 00 00 00 00 01 15 09 32 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19";

    /// <summary>Set-Response-Datablock acknowledging block 1 (dlms-cosem tests/test_xdlms/test_set.py).</summary>
    public const string SetDataBlockResponse = "C5 02 C1 00 00 00 01";

    /// <summary>Set-Response-Last-Datablock, success, block 2 (dlms-cosem tests/test_xdlms/test_set.py).</summary>
    public const string SetLastDataBlockResponse = "C5 03 C1 00 00 00 00 02";

    /// <summary>
    /// Constructed Set-Request-With-Datablock: the second and last block of a Charge unit_charge_passive write,
    /// 46 raw bytes that finish entry "H19" and carry "H20" to "H23".
    /// </summary>
    public const string SetLastTariffBlockRequest =
        "C1 03 C1 01 00 00 00 02 2E 48 31 39 10 0C 30 02 02 09 03 48 32 30 10 0C 30 02 02 09 03 48 32 31 10 09 92"
        + " 02 02 09 03 48 32 32 10 06 01 02 02 09 03 48 32 33 10 06 01";

    /// <summary>Constructed Action-Request-Normal: Disconnect control 0.0.96.3.10.255 remote_disconnect (method 1), integer 0.</summary>
    public const string RemoteDisconnectRequest = "C3 01 C1 00 46 00 00 60 03 0A FF 01 01 0F 00";

    /// <summary>Constructed Action-Request-Normal: remote_reconnect (method 2), integer 0.</summary>
    public const string RemoteReconnectRequest = "C3 01 C1 00 46 00 00 60 03 0A FF 02 01 0F 00";

    /// <summary>Action-Response-Normal, success, no return parameters.</summary>
    public const string ActionSuccessResponse = "C7 01 C1 00 00";

    /// <summary>Constructed Action-Request-Normal: Credit 0.0.19.10.0.255 update_amount (method 1), double-long 1000.</summary>
    public const string CreditUpdateAmountRequest = "C3 01 C1 00 70 00 00 13 0A 00 FF 01 01 05 00 00 03 E8";

    /// <summary>
    /// HLS pass 3: Association LN 0.0.40.0.0.255 reply_to_HLS_authentication with f(StoC) as octet-string
    /// (dlms-cosem tests/test_xdlms/test_action.py).
    /// </summary>
    public const string HighLevelSecurityPass3Request =
        "C3 01 C0 00 0F 00 00 28 00 00 FF 01 01 09 11 10 00 00 1A 90 E6 D2 22 1F A2 FD 85 EE D6 1A CC 22";

    /// <summary>HLS pass 4: success with f(CtoS) as return data (dlms-cosem tests/test_xdlms/test_action.py).</summary>
    public const string HighLevelSecurityPass4Response =
        "C7 01 C0 00 01 00 09 11 10 00 00 1A FD E8 85 7B 72 8A 34 99 10 6A A6 65 D1";

    /// <summary>Action-Response-Normal, success, with Data-Access-Result other-reason as return (dlms-cosem tests/test_xdlms/test_action.py).</summary>
    public const string ActionReturnErrorResponse = "C7 01 C0 00 01 01 FA";

    /// <summary>Exception-Response: service-not-allowed, service-not-supported.</summary>
    public const string ServiceNotSupportedException = "D8 01 02";

    /// <summary>Constructed Exception-Response: invocation-counter-error, expected counter 42.</summary>
    public const string InvocationCounterException = "D8 01 06 00 00 00 2A";

    /// <summary>ConfirmedServiceError: initiateError, ServiceError initiate, dlms-version-too-low.</summary>
    public const string DlmsVersionTooLowError = "0E 01 06 01";

    /// <summary>Every vector above, as hex text.</summary>
    public static IReadOnlyList<string> Every { get; } =
    [
        GetClockRequest,
        GetClockResponse,
        GetObjectUndefinedResponse,
        GetDoubleLongUnsignedResponse,
        GetRequestNext,
        GetWithListRequest,
        GetWithListOfThreeRequest,
        GetSummerClockResponse,
        GetClockStatusNotSpecifiedResponse,
        SetClockRequest,
        SetSuccessResponse,
        SetClockStatusNotSpecifiedRequest,
        SetFirstDataBlockRequest,
        SetDataBlockResponse,
        SetLastDataBlockResponse,
        SetLastTariffBlockRequest,
        RemoteDisconnectRequest,
        RemoteReconnectRequest,
        ActionSuccessResponse,
        CreditUpdateAmountRequest,
        HighLevelSecurityPass3Request,
        HighLevelSecurityPass4Response,
        ActionReturnErrorResponse,
        ServiceNotSupportedException,
        InvocationCounterException,
        DlmsVersionTooLowError,
    ];

    public static TheoryData<string> All { get; } = new(Every);
}
