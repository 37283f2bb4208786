namespace OpenPrepaid.Meters.Tokens;

/// <summary>
/// The content of a top-up token: which meter, its place in that meter's sequence, the signed amount in minor
/// units of the meter's currency (negative for a write-off) and when it was issued (whole seconds, UTC).
/// </summary>
public sealed record TopUpToken(string MeterSerial, uint SequenceNumber, long Amount, DateTimeOffset IssuedAt);
