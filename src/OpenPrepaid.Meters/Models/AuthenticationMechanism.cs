namespace OpenPrepaid.Meters.Models;

/// <summary>Authentication mechanism an association requires (the mechanism id of its AARQ).</summary>
public enum AuthenticationMechanism : byte
{
    /// <summary>Lowest level security: no authentication.</summary>
    None = 0,

    /// <summary>Low level security: a password compared with the association's secret.</summary>
    Low = 1,
}
