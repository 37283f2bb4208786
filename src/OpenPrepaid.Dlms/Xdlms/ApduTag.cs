namespace OpenPrepaid.Dlms.Xdlms;

/// <summary>First byte of each APDU this library handles (IEC 62056-5-3 and IEC 62056-5-3 ACSE).</summary>
public static class ApduTag
{
    public const byte InitiateRequest = 0x01;
    public const byte InitiateResponse = 0x08;
    public const byte ConfirmedServiceError = 0x0E;
    public const byte Aarq = 0x60;
    public const byte Aare = 0x61;
    public const byte Rlrq = 0x62;
    public const byte Rlre = 0x63;
    public const byte GetRequest = 0xC0;
    public const byte SetRequest = 0xC1;
    public const byte ActionRequest = 0xC3;
    public const byte GetResponse = 0xC4;
    public const byte SetResponse = 0xC5;
    public const byte ActionResponse = 0xC7;
    public const byte ExceptionResponse = 0xD8;
}
