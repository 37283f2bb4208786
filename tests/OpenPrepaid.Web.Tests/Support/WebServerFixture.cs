using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenPrepaid.Core.Register;
using OpenPrepaid.Web.Identity;

namespace OpenPrepaid.Web.Tests.Support;

/// <summary>Starts one server for a test class and hands out API clients by role and registered meters.</summary>
public sealed class WebServerFixture : IAsyncLifetime
{
    private readonly Dictionary<string, string> _keys = [];
    private int _nextPort = 40_000;

    public OpenPrepaidWebFactory Factory { get; } = new();

    public Uri BaseAddress { get; private set; } = default!;

    public FakeMeterFleet Fleet => Factory.Fleet;

    public Task InitializeAsync()
    {
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
        return Task.CompletedTask;
    }

    /// <summary>Returns a client that sends an API key with <paramref name="role"/>, or no key when <paramref name="role"/> is null.</summary>
    public async Task<HttpClient> ClientAsync(string? role, string? acceptLanguage = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(acceptLanguage));
        }

        if (role is null)
        {
            return client;
        }

        if (!_keys.TryGetValue(role, out var key))
        {
            var created = await Factory.Services.GetRequiredService<ApiKeyService>().CreateAsync("tests " + role, role, "tests", CancellationToken.None);
            key = created.Secret;
            _keys[role] = key;
        }

        client.DefaultRequestHeaders.Add(ApiKeyService.HeaderName, key);
        return client;
    }

    /// <summary>Adds a meter to the fake fleet and to the register, each on its own TCP channel.</summary>
    public async Task<FakeMeter> AddMeterAsync(string serial, decimal balance, string memo = "")
    {
        var meter = Fleet.Add(serial, balance);
        var register = Factory.Services.GetRequiredService<MeterRegister>();
        var result = await register.AddAsync(
            new MeterDraft
            {
                Serial = serial,
                Model = "OpenPrepaid SIM-1",
                Memo = memo,
                ChannelKind = ChannelKind.Tcp,
                Host = "127.0.0.1",
                Port = Interlocked.Increment(ref _nextPort),
                ClientSap = 16,
                TokenKey = new byte[32],
            },
            CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Violations));
        return meter;
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
