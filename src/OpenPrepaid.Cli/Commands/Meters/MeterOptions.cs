using System.CommandLine;
using System.Globalization;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Cli.Commands.Meters;

/// <summary>
/// The options of <c>meters add</c> and <c>meters edit</c>, one per field of a meter. On edit, an option left out
/// keeps the stored value.
/// </summary>
internal sealed class MeterOptions
{
    /// <summary>The <c>--hdlc-address</c> value that removes the HDLC address, for a meter that speaks the TCP wrapper.</summary>
    public const string NoHdlcAddress = "none";

    public MeterOptions(Messages messages)
    {
        Serial = new Argument<string>("serial") { Description = messages["MeterSerialArgument"] };
        Model = new Option<string?>("--model") { Description = messages["MeterModelOption"], HelpName = "NAME" };
        Memo = new Option<string?>("--memo") { Description = messages["MeterMemoOption"], HelpName = "TEXT" };
        Host = new Option<string?>("--host") { Description = messages["MeterHostOption"], HelpName = "HOST" };
        Port = new Option<int?>("--port") { Description = messages["MeterPortOption"], HelpName = "PORT" };
        SerialPort = new Option<string?>("--serial-port") { Description = messages["MeterSerialPortOption"], HelpName = "NAME" };
        BaudRate = new Option<int?>("--baud-rate") { Description = messages["MeterBaudRateOption"], HelpName = "BIT/S" };
        HdlcAddress = new Option<string?>("--hdlc-address") { Description = messages["MeterHdlcAddressOption"], HelpName = "N|none" };
        LogicalDevice = new Option<int?>("--logical-device") { Description = messages["MeterLogicalDeviceOption"], HelpName = "N" };
        ClientSap = new Option<int?>("--client-sap") { Description = messages["MeterClientSapOption"], HelpName = "N" };
        Password = new Option<string?>("--password") { Description = messages["MeterPasswordOption"], HelpName = "TEXT" };
        TokenKey = new Option<string?>("--token-key") { Description = messages["MeterTokenKeyOption"], HelpName = "HEX" };
    }

    public Argument<string> Serial { get; }

    public Option<string?> Model { get; }

    public Option<string?> Memo { get; }

    public Option<string?> Host { get; }

    public Option<int?> Port { get; }

    public Option<string?> SerialPort { get; }

    public Option<int?> BaudRate { get; }

    public Option<string?> HdlcAddress { get; }

    public Option<int?> LogicalDevice { get; }

    public Option<int?> ClientSap { get; }

    public Option<string?> Password { get; }

    public Option<string?> TokenKey { get; }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Serial);
        foreach (var option in new Option[] { Model, Memo, Host, Port, SerialPort, BaudRate, HdlcAddress, LogicalDevice, ClientSap, Password, TokenKey })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Builds the draft of a new meter from the options. Core checks the values.</summary>
    public MeterDraft NewDraft(CommandScope scope) => Apply(scope, new MeterDraft { Serial = scope.Value(Serial) ?? string.Empty });

    /// <summary>Builds the draft of an edit: the stored values, changed by the options given. Secrets left out stay as stored.</summary>
    public MeterDraft EditDraft(CommandScope scope, Meter meter) => Apply(scope, new MeterDraft
    {
        Serial = meter.Serial,
        Model = meter.Model,
        Memo = meter.Memo,
        ChannelKind = meter.ChannelKind,
        Host = meter.Host,
        Port = meter.Port,
        SerialPortName = meter.SerialPortName,
        BaudRate = meter.BaudRate,
        HdlcAddress = meter.HdlcAddress,
        LogicalDeviceAddress = meter.LogicalDeviceAddress,
        ClientSap = meter.ClientSap,
    });

    private MeterDraft Apply(CommandScope scope, MeterDraft draft)
    {
        var host = scope.Value(Host);
        var serialPort = scope.Value(SerialPort);
        if (host is not null && serialPort is not null)
        {
            throw new CommandFailedException(ExitCodes.InvalidInput, "ChannelAmbiguous", scope.Messages["MeterChannelAmbiguous"]);
        }

        if (host is not null)
        {
            draft = draft with { ChannelKind = ChannelKind.Tcp, Host = host, SerialPortName = null, BaudRate = null };
        }
        else if (serialPort is not null)
        {
            draft = draft with { ChannelKind = ChannelKind.Serial, SerialPortName = serialPort, Host = null, Port = null };
        }

        return draft with
        {
            Model = scope.Value(Model) ?? draft.Model,
            Memo = scope.Value(Memo) ?? draft.Memo,
            Port = scope.Value(Port) ?? draft.Port,
            BaudRate = scope.Value(BaudRate) ?? draft.BaudRate,
            HdlcAddress = ParseHdlcAddress(scope, draft.HdlcAddress),
            LogicalDeviceAddress = scope.Value(LogicalDevice) ?? draft.LogicalDeviceAddress,
            ClientSap = scope.Value(ClientSap) ?? draft.ClientSap,
            Password = scope.Value(Password),
            TokenKey = ParseTokenKey(scope),
        };
    }

    private int? ParseHdlcAddress(CommandScope scope, int? current)
    {
        var text = scope.Value(HdlcAddress);
        if (text is null)
        {
            return current;
        }

        if (text.Equals(NoHdlcAddress, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var address))
        {
            return address;
        }

        throw new CommandFailedException(ExitCodes.InvalidInput, "HdlcAddressInvalid", scope.Messages.Format("MeterHdlcAddressInvalid", text));
    }

    /// <summary>Reads the key as hexadecimal digits or base64; Core checks that it has 32 bytes.</summary>
    private byte[]? ParseTokenKey(CommandScope scope)
    {
        var text = scope.Value(TokenKey)?.Trim();
        if (text is null)
        {
            return null;
        }

        if (text.Length % 2 == 0 && text.All(char.IsAsciiHexDigit))
        {
            return Convert.FromHexString(text);
        }

        var buffer = new byte[text.Length];
        if (Convert.TryFromBase64String(text, buffer, out var written))
        {
            return buffer[..written];
        }

        throw new CommandFailedException(ExitCodes.InvalidInput, "TokenKeyInvalid", scope.Messages["MeterTokenKeyInvalid"]);
    }
}
