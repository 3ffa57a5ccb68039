using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrderActors.Grains.Channels;

namespace OrderActors.Grains.Carriers;

public static class CarrierServiceCollectionExtensions
{
    /// <summary>The carriers' clients behind <see cref="ICarrierGateway"/>, bound to <c>OrderActors:Carriers</c>.</summary>
    public static IServiceCollection AddOrderActorsCarriers(this IServiceCollection services)
    {
        services.TryAddSingleton<ChannelHttp>();
        services.AddOptions<CarrierOptions>().BindConfiguration(CarrierOptions.Section);
        services.TryAddSingleton<CarrierGateway>();
        services.TryAddSingleton<ICarrierGateway>(sp => sp.GetRequiredService<CarrierGateway>());
        return services;
    }
}
