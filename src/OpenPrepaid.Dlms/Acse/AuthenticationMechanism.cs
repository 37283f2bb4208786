namespace OpenPrepaid.Dlms.Acse;

/// <summary>Authentication mechanism names under 2.16.756.5.8.2 (IEC 62056-5-3).</summary>
public enum AuthenticationMechanism : byte
{
    /// <summary>Lowest level security: no authentication.</summary>
    None = 0,

    /// <summary>Low level security (LLS): a password in the AARQ.</summary>
    Low = 1,
    HighManufacturerSpecific = 2,
    HighMd5 = 3,
    HighSha1 = 4,
    HighGmac = 5,
    HighSha256 = 6,
    HighEcdsa = 7,
}
