using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using OpenPrepaid.Core.Driver;

namespace OpenPrepaid.Meters.Driver;

public static class DlmsMeterDriverServiceCollectionExtensions
{
    /// <summary>Registers <see cref="DlmsMeterDriver"/> as the process's <see cref="IMeterDriver"/>, with its options.</summary>
    public static IServiceCollection AddDlmsMeterDriver(this IServiceCollection services, DlmsMeterDriverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var settings = options ?? new DlmsMeterDriverOptions();
        settings.Validate();
        services.TryAddSingleton(settings);
        services.TryAddSingleton<IMeterDriver>(provider =>
            new DlmsMeterDriver(provider.GetRequiredService<DlmsMeterDriverOptions>(), provider.GetService<ILogger<DlmsMeterDriver>>()));
        return services;
    }
}
