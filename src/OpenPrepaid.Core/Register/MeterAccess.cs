namespace OpenPrepaid.Core.Register;

/// <summary>
/// Everything a driver needs to reach one meter, including its decrypted secrets. Built for a single
/// exchange and never stored; <see cref="ToString"/> leaves the secrets out so that logging it is safe.
/// </summary>
public sealed class MeterAccess
{
    public MeterAccess(
        string serial,
        string model,
        ChannelEndpoint channel,
        int? hdlcAddress,
        int logicalDeviceAddress,
        int clientSap,
        string? password,
        ReadOnlyMemory<byte> tokenKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serial);
        ArgumentNullException.ThrowIfNull(channel);

        Serial = serial;
        Model = model;
        Channel = channel;
        HdlcAddress = hdlcAddress;
        LogicalDeviceAddress = logicalDeviceAddress;
        ClientSap = clientSap;
        Password = password;
        TokenKey = tokenKey;
    }

    public string Serial { get; }

    /// <summary>Meter model name; the driver chooses the model's object map by it.</summary>
    public string Model { get; }

    public ChannelEndpoint Channel { get; }

    /// <summary>HDLC physical (lower) address on a shared line, or null when the meter speaks the TCP wrapper.</summary>
    public int? HdlcAddress { get; }

    /// <summary>Server logical device: HDLC upper address or wrapper destination port (1 is the management device).</summary>
    public int LogicalDeviceAddress { get; }

    public int ClientSap { get; }

    /// <summary>Low-level-security password, or null to associate without authentication.</summary>
    public string? Password { get; }

    /// <summary>The 32-byte key that authenticates this meter's top-up tokens.</summary>
    public ReadOnlyMemory<byte> TokenKey { get; }

    public ChannelIdentity ChannelIdentity => Channel.Identity;

    public override string ToString() => HdlcAddress is { } address
        ? $"meter {Serial} ({Model}) on {Channel}, HDLC address {address}, client SAP {ClientSap}"
        : $"meter {Serial} ({Model}) on {Channel}, client SAP {ClientSap}";
}
