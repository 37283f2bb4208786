namespace OpenPrepaid.Core.Register;

/// <summary>
/// Values an operator enters for a meter. When editing, a null <see cref="Password"/> or
/// <see cref="TokenKey"/> keeps the stored secret and an empty password removes it.
/// </summary>
public sealed record MeterDraft
{
    public string Serial { get; init; } = string.Empty;

    public string Model { get; init; } = string.Empty;

    public string Memo { get; init; } = string.Empty;

    public ChannelKind ChannelKind { get; init; }

    public string? Host { get; init; }

    public int? Port { get; init; }

    public string? SerialPortName { get; init; }

    public int? BaudRate { get; init; }

    public int? HdlcAddress { get; init; }

    public int LogicalDeviceAddress { get; init; } = 1;

    public int ClientSap { get; init; } = 1;

    public string? Password { get; init; }

    public byte[]? TokenKey { get; init; }

    public override string ToString() => $"meter draft {Serial} ({Model})";
}
