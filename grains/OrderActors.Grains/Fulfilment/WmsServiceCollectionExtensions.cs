using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace OrderActors.Grains.Fulfilment;

public static class WmsServiceCollectionExtensions
{
    /// <summary>The WMS webhook's options (checked at start, naming the key at fault) and its event store.</summary>
    public static IServiceCollection AddOrderActorsWms(this IServiceCollection services)
    {
        services.TryAddSingleton<WmsEventStore>();
        services.AddOptions<WmsOptions>().BindConfiguration(WmsOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WmsOptions>, WmsOptionsValidator>());
        return services;
    }
}
