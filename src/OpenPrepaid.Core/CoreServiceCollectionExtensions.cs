using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenPrepaid.Core.Channels;
using OpenPrepaid.Core.Charges;
using OpenPrepaid.Core.Profiles;
using OpenPrepaid.Core.Readings;
using OpenPrepaid.Core.Register;

namespace OpenPrepaid.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the workflows and the channel gate they share. The host also registers an
    /// <see cref="Driver.IMeterDriver"/>, the stores (OpenPrepaid.Data) and logging.
    /// </summary>
    public static IServiceCollection AddOpenPrepaidCore(this IServiceCollection services, MeterExchangeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddSingleton(options ?? new MeterExchangeOptions());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ChannelGate>();
        services.AddSingleton<MeterRegister>();
        services.AddSingleton<ReadService>();
        services.AddSingleton<ChargeService>();
        services.AddSingleton<ProfileService>();
        return services;
    }
}
