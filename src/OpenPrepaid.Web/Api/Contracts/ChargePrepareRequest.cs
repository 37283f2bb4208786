namespace OpenPrepaid.Web.Api.Contracts;

/// <summary>A charge to check: a positive amount tops up, a negative one writes off (money units, two decimals at most).</summary>
public sealed record ChargePrepareRequest(string? MeterSerial, decimal? Amount);
