namespace OpenPrepaid.Core.Charges;

/// <param name="Reason">Why, in words (English), for the charge's message and the journal.</param>
public sealed record SettlementDecision(SettlementVerdict Verdict, string Reason);
