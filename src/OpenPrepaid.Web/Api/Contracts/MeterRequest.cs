using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Web.Api.Contracts;

/// <summary>
/// A meter to add or the new values of one to edit. <see cref="TokenKey"/> is the 32-byte key as 64
/// hexadecimal digits. When editing, a null password or token key keeps the stored one, and an empty
/// password removes it. The serial number in the path wins over the body's.
/// </summary>
public sealed record MeterRequest(
    string? Serial,
    string? Model,
    string? Memo,
    ChannelKind? ChannelKind,
    string? Host,
    int? Port,
    string? SerialPort,
    int? BaudRate,
    int? HdlcAddress,
    int? LogicalDeviceAddress,
    int? ClientSap,
    string? Password,
    string? TokenKey)
{
    /// <summary>Returns the draft, or null when <see cref="TokenKey"/> is not hexadecimal.</summary>
    public MeterDraft? ToDraft()
    {
        byte[]? key = null;
        if (!string.IsNullOrWhiteSpace(TokenKey))
        {
            var text = TokenKey.Trim();
            if (text.Length % 2 != 0 || !text.All(char.IsAsciiHexDigit))
            {
                return null;
            }

            key = Convert.FromHexString(text);
        }

        var defaults = new MeterDraft();
        return new MeterDraft
        {
            Serial = Serial ?? string.Empty,
            Model = Model ?? string.Empty,
            Memo = Memo ?? string.Empty,
            ChannelKind = ChannelKind ?? (SerialPort is not null && Host is null ? Core.Register.ChannelKind.Serial : Core.Register.ChannelKind.Tcp),
            Host = Host,
            Port = Port,
            SerialPortName = SerialPort,
            BaudRate = BaudRate,
            HdlcAddress = HdlcAddress,
            LogicalDeviceAddress = LogicalDeviceAddress ?? defaults.LogicalDeviceAddress,
            ClientSap = ClientSap ?? defaults.ClientSap,
            Password = Password,
            TokenKey = key,
        };
    }
}
