namespace OpenPrepaid.Web.Demo;

/// <summary>
/// A fleet of simulated meters the console starts on loopback when it runs as a demo, and registers in the
/// meter register, so that a newcomer can read, charge and write a profile without real meters.
/// </summary>
public interface IDemoFleet : IAsyncDisposable
{
    /// <summary>
    /// Starts the simulated meters on 127.0.0.1, adds the missing ones to the register and points the registered
    /// ones at this start's ports.
    /// </summary>
    Task StartAsync(CancellationToken cancellationToken);
}
