namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>From <see cref="Start"/> (local time of day) on, consumption is booked to <see cref="Tariff"/> (1-4).</summary>
public readonly record struct TariffSwitch(TimeOnly Start, int Tariff);
