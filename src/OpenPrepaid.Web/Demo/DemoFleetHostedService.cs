namespace OpenPrepaid.Web.Demo;

/// <summary>
/// Starts the demo fleet with the server and stops it with the server. It does nothing when no
/// <see cref="IDemoFleet"/> is registered.
/// </summary>
internal sealed class DemoFleetHostedService(IServiceProvider services) : IHostedService
{
    private IDemoFleet? _fleet;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _fleet = services.GetService<IDemoFleet>();
        if (_fleet is not null)
        {
            await _fleet.StartAsync(cancellationToken);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_fleet is not null)
        {
            await _fleet.DisposeAsync();
        }
    }
}
