using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrderActors.Grains.Analytics;

namespace OrderActors.Grains.Tracking;

internal static class TrackingServiceCollectionExtensions
{
    /// <summary>Tracking options, the status-event projection and the tracking-link table and keys.</summary>
    public static IServiceCollection AddOrderActorsTracking(this IServiceCollection services)
    {
        services.AddOptions<TrackingOptions>().BindConfiguration(TrackingOptions.Section)
            .Validate(o => o.ConfirmAfter > TimeSpan.Zero && o.ConfirmEvery > TimeSpan.Zero && o.SweepEvery > TimeSpan.Zero,
                $"{TrackingOptions.Section}: ConfirmAfter, ConfirmEvery and SweepEvery must be positive.")
            .Validate(o => o.SweepPage > 0 && o.SweepParallelism > 0, $"{TrackingOptions.Section}: SweepPage and SweepParallelism must be at least 1.")
            .ValidateOnStart();
        services.TryAddSingleton<StatusEventStore>();
        services.TryAddSingleton<TrackingLinkStore>();
        services.TryAddSingleton<TrackingLinkKeys>();
        return services;
    }
}
