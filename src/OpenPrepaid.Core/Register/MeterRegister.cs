using System.Text;
using OpenPrepaid.Core.Resources;
using OpenPrepaid.Core.Rules;

namespace OpenPrepaid.Core.Register;

/// <summary>Adds, edits and removes meters, validating the values and encrypting the secrets before they are stored.</summary>
public sealed class MeterRegister
{
    private readonly IMeterStore _store;
    private readonly ISecretProtector _protector;

    public MeterRegister(IMeterStore store, ISecretProtector protector)
    {
        _store = store;
        _protector = protector;
    }

    public Task<IReadOnlyList<Meter>> ListAsync(CancellationToken cancellationToken) => _store.ListAsync(cancellationToken);

    public Task<Meter?> FindAsync(string serial, CancellationToken cancellationToken) => _store.FindAsync(serial, cancellationToken);

    public async Task<MeterRegisterResult> AddAsync(MeterDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);

        var violations = MeterValidator.Validate(draft, isNew: true);
        if (violations.Count > 0)
        {
            return new MeterRegisterResult(null, violations);
        }

        var serial = draft.Serial.Trim();
        var channel = ChannelOf(draft);
        if (await FindBaudConflictAsync(serial, channel, cancellationToken) is { } conflict)
        {
            return new MeterRegisterResult(null, [conflict]);
        }

        var meter = new Meter(
            serial,
            draft.Model.Trim(),
            draft.Memo.Trim(),
            channel,
            draft.HdlcAddress,
            draft.LogicalDeviceAddress,
            draft.ClientSap,
            ProtectPassword(draft.Password),
            _protector.Protect(draft.TokenKey!));

        if (!await _store.AddAsync(meter, cancellationToken))
        {
            return new MeterRegisterResult(null, [new RuleViolation(RuleCode.MeterSerialTaken, serial)]);
        }

        return new MeterRegisterResult(meter, []);
    }

    /// <summary>Edits a registered meter; the serial number in <paramref name="draft"/> is ignored.</summary>
    public async Task<MeterRegisterResult> UpdateAsync(string serial, MeterDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);

        var meter = await _store.FindAsync(serial, cancellationToken);
        if (meter is null)
        {
            return new MeterRegisterResult(null, [new RuleViolation(RuleCode.MeterNotFound, serial)]);
        }

        var violations = MeterValidator.Validate(draft with { Serial = serial }, isNew: false);
        if (violations.Count > 0)
        {
            return new MeterRegisterResult(null, violations);
        }

        var channel = ChannelOf(draft);
        if (await FindBaudConflictAsync(serial, channel, cancellationToken) is { } conflict)
        {
            return new MeterRegisterResult(null, [conflict]);
        }

        meter.Describe(draft.Model.Trim(), draft.Memo.Trim());
        meter.SetConnection(channel, draft.HdlcAddress, draft.LogicalDeviceAddress, draft.ClientSap);
        var password = draft.Password is null ? meter.ProtectedPassword : ProtectPassword(draft.Password);
        var tokenKey = draft.TokenKey is null ? meter.ProtectedTokenKey : _protector.Protect(draft.TokenKey);
        meter.SetProtectedSecrets(password, tokenKey);

        await _store.UpdateAsync(meter, cancellationToken);
        return new MeterRegisterResult(meter, []);
    }

    public Task<bool> RemoveAsync(string serial, CancellationToken cancellationToken) => _store.RemoveAsync(serial, cancellationToken);

    private static ChannelEndpoint ChannelOf(MeterDraft draft) => draft.ChannelKind == ChannelKind.Tcp
        ? ChannelEndpoint.Tcp(draft.Host!, draft.Port!.Value)
        : ChannelEndpoint.Serial(draft.SerialPortName!, draft.BaudRate!.Value);

    /// <summary>An empty password means "no authentication" and is stored as no password at all.</summary>
    private string? ProtectPassword(string? password) =>
        string.IsNullOrEmpty(password) ? null : _protector.Protect(Encoding.UTF8.GetBytes(password));

    /// <summary>Meters on one serial line share its baud rate, because they share one open port.</summary>
    private async Task<RuleViolation?> FindBaudConflictAsync(string serial, ChannelEndpoint channel, CancellationToken cancellationToken)
    {
        if (channel.Kind != ChannelKind.Serial)
        {
            return null;
        }

        var meters = await _store.ListAsync(cancellationToken);
        var other = meters.FirstOrDefault(m =>
            m.Serial != serial && m.ChannelIdentity == channel.Identity && m.BaudRate != channel.BaudRate);
        return other is null
            ? null
            : new RuleViolation(RuleCode.ChannelBaudRateConflict, channel.SerialPortName!, other.BaudRate!.Value, serial, channel.BaudRate!.Value);
    }
}
