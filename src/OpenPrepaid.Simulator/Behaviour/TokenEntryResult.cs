using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>
/// Result of Token gateway enter. <see cref="Status"/> is what token_status shows afterwards;
/// <see cref="AppliedNow"/> is true when this call changed the balance, which a repeated token never does.
/// </summary>
public sealed record TokenEntryResult(TokenStatus Status, bool AppliedNow, bool IsRepeat, long BalanceAfter);
