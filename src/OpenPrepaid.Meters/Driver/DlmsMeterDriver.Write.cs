using OpenPrepaid.Core.Driver;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Core.Settings;
using OpenPrepaid.Dlms;
using OpenPrepaid.Dlms.Axdr;
using OpenPrepaid.Dlms.Xdlms;

namespace OpenPrepaid.Meters.Driver;

public sealed partial class DlmsMeterDriver
{
    /// <summary>
    /// Writes every field of <paramref name="settings"/> with SET-with-list where granted (block transfer for
    /// values larger than the meter's PDU) and returns one result per field: written, rejected with the meter's
    /// data-access-result in words, or not supported by the model. The caller reads the settings back to compare.
    /// </summary>
    public Task<IReadOnlyList<SettingWriteResult>> WriteSettingsAsync(
        MeterAccess meter, IMeterConnection connection, PrepaidSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);

        return RunAsync<IReadOnlyList<SettingWriteResult>>(meter, connection, "write settings", async (session, ct) =>
        {
            var before = await session.ReadAsync([ModelAttributes.SerialNumber, ModelAttributes.Currency], ct).ConfigureAwait(false);
            SnapshotReader.CheckSerial(before, meter.Serial);
            var currency = Decode(meter, () => Currency.FromData(before[ModelAttributes.Currency], "Account currency"));

            var plan = SettingsWritePlan.Create(settings, session.Map, currency);
            var responses = await session.WriteAsync(plan.Writes.Select(write => (write.Attribute, write.Value)).ToList(), ct).ConfigureAwait(false);

            var results = new List<SettingWriteResult>(plan.Decided);
            for (var i = 0; i < plan.Writes.Count; i++)
            {
                var write = plan.Writes[i];
                var response = responses[i];
                if (response == DataAccessResult.Success && ReferenceEquals(write, plan.PassivePrices)
                    && await ActivatePassivePricesAsync(session, ct).ConfigureAwait(false) is { } rejection)
                {
                    results.AddRange(write.Fields.Select(field => new SettingWriteResult(field, SettingWriteOutcome.Rejected, rejection)));
                    continue;
                }

                results.AddRange(write.Fields.Select(field => ResultOf(field, write, response)));
            }

            var ordered = results.OrderBy(result => result.Field).ToList();
            DriverLog.SettingsWritten(
                _logger,
                meter.Serial,
                ordered.Count(r => r.Outcome == SettingWriteOutcome.Written),
                ordered.Count(r => r.Outcome == SettingWriteOutcome.Rejected),
                ordered.Count(r => r.Outcome == SettingWriteOutcome.NotSupported));
            return ordered;
        },
        cancellationToken);
    }

    /// <summary>Invokes activate_passive_unit_charge (integer 0); returns null on success, else the meter's response in words.</summary>
    private static async Task<string?> ActivatePassivePricesAsync(DlmsMeterSession session, CancellationToken cancellationToken)
    {
        var charge = session.Map.Model.GetByKey(ModelAttributes.ChargeKey);
        var method = new CosemMethodDescriptor(charge.ClassId, charge.LogicalName, ModelAttributes.ActivatePassiveUnitChargeMethod);
        try
        {
            var response = await session.Client.TryActionAsync(method, new IntegerData(0), cancellationToken).ConfigureAwait(false);
            return response.Result == ActionResult.Success
                ? null
                : $"the passive prices were written, but the meter responded {DlmsServiceException.Describe(response.Result)} to activating them";
        }
        catch (DlmsServiceException exception)
        {
            return $"the passive prices were written, but activating them failed: {exception.Message}";
        }
    }

    private static SettingWriteResult ResultOf(SettingField field, SettingWrite write, DataAccessResult result)
    {
        if (result == DataAccessResult.Success)
        {
            return new SettingWriteResult(field, SettingWriteOutcome.Written);
        }

        if (result == DataAccessResult.ObjectUndefined && !write.Attribute.IsMandatory)
        {
            return new SettingWriteResult(field, SettingWriteOutcome.NotSupported, $"the meter does not have {write.Attribute}");
        }

        var words = DlmsServiceException.Describe(result);
        var detail = result is DataAccessResult.ReadWriteDenied or DataAccessResult.ScopeOfAccessViolated
            ? $"access denied: the meter responded {words} to writing {write.Attribute}"
            : $"the meter responded {words} to writing {write.Attribute}";
        return new SettingWriteResult(field, SettingWriteOutcome.Rejected, detail);
    }
}
