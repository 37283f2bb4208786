namespace OpenPrepaid.Web.Api.Contracts;

/// <summary>A charge to carry out; send it with an Idempotency-Key header, and send the same key again to repeat safely.</summary>
public sealed record ChargeConfirmRequest(string? MeterSerial, decimal? Amount);
