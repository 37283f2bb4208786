namespace OpenPrepaid.Core.Charges;

/// <param name="Existing">The charge that blocked the insert, for <see cref="AddPendingStatus.DuplicateKey"/> and <see cref="AddPendingStatus.MeterBusy"/>.</param>
public sealed record AddPendingResult(AddPendingStatus Status, Charge? Existing = null);
