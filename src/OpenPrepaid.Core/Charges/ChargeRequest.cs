namespace OpenPrepaid.Core.Charges;

/// <summary>A confirmed request to charge a meter.</summary>
/// <param name="IdempotencyKey">Created when the operator's form was built; a repeat returns the first result.</param>
public sealed record ChargeRequest(string MeterSerial, decimal Amount, string Operator, string IdempotencyKey);
