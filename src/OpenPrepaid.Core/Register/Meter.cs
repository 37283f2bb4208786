namespace OpenPrepaid.Core.Register;

/// <summary>
/// A meter in the register: how to reach it, its credentials (encrypted), and the last top-up token
/// sequence number issued to it. Create and change meters through <see cref="MeterRegister"/>, which
/// validates the values and encrypts the secrets.
/// </summary>
public sealed class Meter
{
    public Meter(
        string serial,
        string model,
        string memo,
        ChannelEndpoint channel,
        int? hdlcAddress,
        int logicalDeviceAddress,
        int clientSap,
        string? protectedPassword,
        string protectedTokenKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serial);
        ArgumentException.ThrowIfNullOrWhiteSpace(protectedTokenKey);

        Serial = serial;
        ProtectedTokenKey = protectedTokenKey;
        Model = model;
        Memo = memo;
        SetConnection(channel, hdlcAddress, logicalDeviceAddress, clientSap);
        ProtectedPassword = protectedPassword;
    }

    // Used by EF Core to materialise rows.
    private Meter()
    {
        Serial = string.Empty;
        Model = string.Empty;
        Memo = string.Empty;
        ProtectedTokenKey = string.Empty;
    }

    public string Serial { get; private set; }

    /// <summary>Meter model name, shown in the list and used by the driver to choose the model's object map.</summary>
    public string Model { get; private set; }

    public string Memo { get; private set; }

    public ChannelKind ChannelKind { get; private set; }

    public string? Host { get; private set; }

    public int? Port { get; private set; }

    public string? SerialPortName { get; private set; }

    public int? BaudRate { get; private set; }

    /// <summary>HDLC physical address, or null for a meter that speaks the TCP wrapper.</summary>
    public int? HdlcAddress { get; private set; }

    public int LogicalDeviceAddress { get; private set; }

    public int ClientSap { get; private set; }

    /// <summary>The password encrypted by <see cref="ISecretProtector"/>, or null when the meter needs none.</summary>
    public string? ProtectedPassword { get; private set; }

    /// <summary>The 32-byte token key encrypted by <see cref="ISecretProtector"/>.</summary>
    public string ProtectedTokenKey { get; private set; }

    /// <summary>
    /// The highest token sequence number issued to this meter. It only rises, because the meter rejects a
    /// token whose number it has already passed.
    /// </summary>
    public long LastTokenSequence { get; private set; }

    public ChannelEndpoint Channel => ChannelKind == ChannelKind.Tcp
        ? ChannelEndpoint.Tcp(Host!, Port!.Value)
        : ChannelEndpoint.Serial(SerialPortName!, BaudRate!.Value);

    public ChannelIdentity ChannelIdentity => Channel.Identity;

    public void Describe(string model, string memo)
    {
        Model = model;
        Memo = memo;
    }

    public void SetConnection(ChannelEndpoint channel, int? hdlcAddress, int logicalDeviceAddress, int clientSap)
    {
        ArgumentNullException.ThrowIfNull(channel);

        ChannelKind = channel.Kind;
        Host = channel.Host;
        Port = channel.Port;
        SerialPortName = channel.SerialPortName;
        BaudRate = channel.BaudRate;
        HdlcAddress = hdlcAddress;
        LogicalDeviceAddress = logicalDeviceAddress;
        ClientSap = clientSap;
    }

    public void SetProtectedSecrets(string? protectedPassword, string protectedTokenKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(protectedTokenKey);

        ProtectedPassword = protectedPassword;
        ProtectedTokenKey = protectedTokenKey;
    }

    /// <summary>Decrypts the secrets into the access data for one exchange.</summary>
    public MeterAccess ToAccess(ISecretProtector protector)
    {
        ArgumentNullException.ThrowIfNull(protector);

        var password = ProtectedPassword is null
            ? null
            : System.Text.Encoding.UTF8.GetString(protector.Unprotect(ProtectedPassword));
        var tokenKey = protector.Unprotect(ProtectedTokenKey);
        return new MeterAccess(Serial, Model, Channel, HdlcAddress, LogicalDeviceAddress, ClientSap, password, tokenKey);
    }
}
