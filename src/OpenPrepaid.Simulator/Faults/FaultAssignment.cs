namespace OpenPrepaid.Simulator.Faults;

/// <summary>One rule of a fault spec: the meter it is for (a serial number, or <c>*</c> for every meter) and the fault.</summary>
public sealed record FaultAssignment(string Target, FaultRule Rule)
{
    public const string EveryMeter = "*";

    public bool AppliesTo(string serialNumber) => Target == EveryMeter || string.Equals(Target, serialNumber, StringComparison.Ordinal);

    public override string ToString() => $"{Target}={Rule}";
}
