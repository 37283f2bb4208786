using OpenPrepaid.Core.Resources;
using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Core.Register;

/// <summary>Checks the values of a <see cref="MeterDraft"/>; an empty list means they are valid.</summary>
public static class MeterValidator
{
    public const int MaxSerialLength = 32;
    public const int MaxModelLength = 64;
    public const int MaxMemoLength = 500;
    public const int MaxHostLength = 253;
    public const int MaxPortNameLength = 100;
    public const int MaxPasswordLength = 64;
    public const int TokenKeyLength = 32;
    public const int MinBaudRate = 300;
    public const int MaxBaudRate = 115_200;

    /// <summary>
    /// Physical device addresses for two-byte HDLC addressing are 0x0010..0x3FFD; 0x0000..0x000F are
    /// reserved and 0x3FFE/0x3FFF are the calling and broadcast addresses (IEC 62056-46).
    /// </summary>
    public const int MinHdlcAddress = 0x10;
    public const int MaxHdlcAddress = 0x3FFD;

    /// <summary>An HDLC upper address or wrapper port: 0x0001..0x3FFF, 1 being the management logical device.</summary>
    public const int MinLogicalDeviceAddress = 1;
    public const int MaxLogicalDeviceAddress = 0x3FFF;

    /// <summary>Client SAPs are one byte addresses 0x01..0x7F (0x10 is the public client by convention).</summary>
    public const int MinClientSap = 1;
    public const int MaxClientSap = 0x7F;

    /// <param name="isNew">True when adding a meter, so the token key is required.</param>
    public static IReadOnlyList<RuleViolation> Validate(MeterDraft draft, bool isNew)
    {
        ArgumentNullException.ThrowIfNull(draft);

        var violations = new List<RuleViolation>();
        CheckText(violations, nameof(MeterDraft.Serial), draft.Serial, MaxSerialLength, required: true);
        if (draft.Serial.Trim().Any(char.IsWhiteSpace))
        {
            violations.Add(new RuleViolation(RuleCode.FieldHasWhitespace, LocalizedName.Field(nameof(MeterDraft.Serial))));
        }

        CheckText(violations, nameof(MeterDraft.Model), draft.Model, MaxModelLength, required: true);
        CheckText(violations, nameof(MeterDraft.Memo), draft.Memo, MaxMemoLength, required: false);

        if (draft.ChannelKind == ChannelKind.Tcp)
        {
            CheckText(violations, nameof(MeterDraft.Host), draft.Host, MaxHostLength, required: true);
            CheckRange(violations, nameof(MeterDraft.Port), draft.Port, 1, 65_535);
        }
        else
        {
            CheckText(violations, nameof(MeterDraft.SerialPortName), draft.SerialPortName, MaxPortNameLength, required: true);
            CheckRange(violations, nameof(MeterDraft.BaudRate), draft.BaudRate, MinBaudRate, MaxBaudRate);
            if (draft.HdlcAddress is null)
            {
                // A serial line carries HDLC only; the TCP wrapper needs a TCP connection.
                violations.Add(new RuleViolation(RuleCode.FieldRequired, LocalizedName.Field(nameof(MeterDraft.HdlcAddress))));
            }
        }

        if (draft.HdlcAddress is { } hdlcAddress)
        {
            CheckRange(violations, nameof(MeterDraft.HdlcAddress), hdlcAddress, MinHdlcAddress, MaxHdlcAddress);
        }

        CheckRange(violations, nameof(MeterDraft.LogicalDeviceAddress), draft.LogicalDeviceAddress, MinLogicalDeviceAddress, MaxLogicalDeviceAddress);
        CheckRange(violations, nameof(MeterDraft.ClientSap), draft.ClientSap, MinClientSap, MaxClientSap);

        if (draft.Password is { Length: > MaxPasswordLength } password)
        {
            violations.Add(new RuleViolation(RuleCode.FieldTooLong, LocalizedName.Field(nameof(MeterDraft.Password)), password.Length, MaxPasswordLength));
        }

        if (draft.TokenKey is null && isNew)
        {
            violations.Add(new RuleViolation(RuleCode.FieldRequired, LocalizedName.Field(nameof(MeterDraft.TokenKey))));
        }
        else if (draft.TokenKey is { } key && key.Length != TokenKeyLength)
        {
            violations.Add(new RuleViolation(RuleCode.FieldWrongLength, LocalizedName.Field(nameof(MeterDraft.TokenKey)), TokenKeyLength, key.Length));
        }

        return violations;
    }

    private static void CheckText(List<RuleViolation> violations, string field, string? value, int maxLength, bool required)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (required && trimmed.Length == 0)
        {
            violations.Add(new RuleViolation(RuleCode.FieldRequired, LocalizedName.Field(field)));
            return;
        }

        if (trimmed.Length > maxLength)
        {
            violations.Add(new RuleViolation(RuleCode.FieldTooLong, LocalizedName.Field(field), trimmed.Length, maxLength));
        }
    }

    private static void CheckRange(List<RuleViolation> violations, string field, int? value, int min, int max)
    {
        if (value is null)
        {
            violations.Add(new RuleViolation(RuleCode.FieldRequired, LocalizedName.Field(field)));
            return;
        }

        if (value < min || value > max)
        {
            violations.Add(new RuleViolation(RuleCode.FieldOutOfRange, LocalizedName.Field(field), value.Value, min, max));
        }
    }
}
