namespace OpenPrepaid.Simulator.Behaviour;

/// <summary>Who opened the relay last, which decides whether the meter may close it again by itself.</summary>
internal enum DisconnectionOrigin
{
    None,
    Remote,
    Manual,

    /// <summary>The meter's own functions: no credit or the power limit.</summary>
    Local,
}
