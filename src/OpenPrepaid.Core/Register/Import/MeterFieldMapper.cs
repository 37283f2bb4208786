using System.Globalization;

namespace OpenPrepaid.Core.Register.Import;

/// <summary>
/// Turns the named values of one import entry (a CSV row or a JSON object) into a <see cref="MeterDraft"/>.
/// Names compare without regard to case, underscores, hyphens and spaces, so <c>serial_port</c>,
/// <c>SerialPort</c> and <c>serial-port</c> are one column.
/// </summary>
internal static class MeterFieldMapper
{
    public const string Serial = "serial";
    public const string Model = "model";
    public const string Memo = "memo";
    public const string Host = "host";
    public const string Port = "port";
    public const string SerialPort = "serialport";
    public const string BaudRate = "baudrate";
    public const string HdlcAddress = "hdlcaddress";
    public const string LogicalDeviceAddress = "logicaldeviceaddress";
    public const string ClientSap = "clientsap";
    public const string Password = "password";
    public const string TokenKey = "tokenkey";

    /// <summary>Every accepted name, with the canonical name it stands for.</summary>
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [Serial] = Serial,
        ["serialnumber"] = Serial,
        [Model] = Model,
        ["modelname"] = Model,
        [Memo] = Memo,
        [Host] = Host,
        [Port] = Port,
        [SerialPort] = SerialPort,
        ["serialportname"] = SerialPort,
        [BaudRate] = BaudRate,
        [HdlcAddress] = HdlcAddress,
        [LogicalDeviceAddress] = LogicalDeviceAddress,
        ["logicaldevice"] = LogicalDeviceAddress,
        [ClientSap] = ClientSap,
        [Password] = Password,
        [TokenKey] = TokenKey,
        ["topupkey"] = TokenKey,
    };

    /// <summary>Returns the canonical name of a column or property, or null when it names nothing a meter has.</summary>
    public static string? Canonical(string name)
    {
        var key = new string(name.Where(c => c is not ('_' or '-' or ' ')).ToArray()).ToLowerInvariant();
        return Names.GetValueOrDefault(key);
    }

    /// <param name="fields">Values by canonical name; a missing or blank value means "not given".</param>
    public static MeterImportEntry ToEntry(int position, IReadOnlyDictionary<string, string?> fields)
    {
        var problems = new List<ImportProblem>();
        var serial = Text(fields, Serial);
        var host = Text(fields, Host);
        var serialPort = Text(fields, SerialPort);

        ChannelKind kind;
        if (host is not null && serialPort is not null)
        {
            problems.Add(new ImportProblem(ImportProblemCode.ChannelAmbiguous, host, serialPort));
            kind = ChannelKind.Tcp;
        }
        else if (host is null && serialPort is null)
        {
            problems.Add(new ImportProblem(ImportProblemCode.ChannelMissing));
            kind = ChannelKind.Tcp;
        }
        else
        {
            kind = host is not null ? ChannelKind.Tcp : ChannelKind.Serial;
        }

        var draft = new MeterDraft
        {
            Serial = serial ?? string.Empty,
            Model = Text(fields, Model) ?? string.Empty,
            Memo = Text(fields, Memo) ?? string.Empty,
            ChannelKind = kind,
            Host = host,
            Port = Integer(fields, Port, problems),
            SerialPortName = serialPort,
            BaudRate = Integer(fields, BaudRate, problems),
            HdlcAddress = Integer(fields, HdlcAddress, problems),
            LogicalDeviceAddress = Integer(fields, LogicalDeviceAddress, problems) ?? new MeterDraft().LogicalDeviceAddress,
            ClientSap = Integer(fields, ClientSap, problems) ?? new MeterDraft().ClientSap,
            Password = Text(fields, Password),
            TokenKey = Key(fields, problems),
        };

        return problems.Count == 0
            ? new MeterImportEntry(position, serial, draft, [])
            : new MeterImportEntry(position, serial, null, problems);
    }

    private static string? Text(IReadOnlyDictionary<string, string?> fields, string name) =>
        fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static int? Integer(IReadOnlyDictionary<string, string?> fields, string name, List<ImportProblem> problems)
    {
        if (Text(fields, name) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(new ImportProblem(ImportProblemCode.ValueNotInteger, name, text));
        return null;
    }

    /// <summary>Reads the token key as 64 hexadecimal digits or as base64; its length is checked by the register.</summary>
    private static byte[]? Key(IReadOnlyDictionary<string, string?> fields, List<ImportProblem> problems)
    {
        if (Text(fields, TokenKey) is not { } text)
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

        problems.Add(new ImportProblem(ImportProblemCode.TokenKeyNotHexOrBase64, text.Length));
        return null;
    }
}
