using OpenPrepaid.Meters.Prepaid;

namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>A processed token: its bytes, when it was entered (meter time) and the outcome of that first entry.</summary>
internal sealed record TokenRecord(byte[] Token, DateTimeOffset EnteredAt, TokenStatus Status);
