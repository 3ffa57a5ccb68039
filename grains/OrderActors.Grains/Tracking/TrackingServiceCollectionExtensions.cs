using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrderActors.Grains.Analytics;

namespace OrderActors.Grains.Tracking;

internal static class TrackingServiceCollectionExtensions
{
    /// <summary>Tracking options, the status-event projection and the tracking-link table and keys.</summary>
    public static IServiceCollection AddOrderActorsTracking(this IServiceCollection services)
    {
        services.AddOptions<TrackingOptions>().BindConfiguration(TrackingOptions.Section);
        services.TryAddSingleton<StatusEventStore>();
        services.TryAddSingleton<TrackingLinkStore>();
        services.TryAddSingleton<TrackingLinkKeys>();
        return services;
    }
}
