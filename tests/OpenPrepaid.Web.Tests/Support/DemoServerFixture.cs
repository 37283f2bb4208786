namespace OpenPrepaid.Web.Tests.Support;

/// <summary>One demo server for a test class, with an API client per role.</summary>
public sealed class DemoServerFixture : IAsyncLifetime
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    public DemoWebFactory Factory { get; } = new();

    public Uri BaseAddress { get; private set; } = default!;

    public Task InitializeAsync()
    {
        BaseAddress = Factory.Start();
        return Task.CompletedTask;
    }

    public async Task<HttpClient> ClientAsync(string role)
    {
        if (!_clients.TryGetValue(role, out var client))
        {
            client = await Factory.ClientAsync(BaseAddress, role);
            _clients[role] = client;
        }

        return client;
    }

    public Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        Factory.Dispose();
        return Task.CompletedTask;
    }
}
