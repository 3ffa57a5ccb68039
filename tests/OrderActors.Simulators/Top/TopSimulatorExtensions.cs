namespace OrderActors.Simulators.Top;

public static class TopSimulatorExtensions
{
    public static IServiceCollection AddTopSimulator(this IServiceCollection services, TopSimulatorOptions options, TimeProvider time)
    {
        services.AddSingleton(options);
        services.AddSingleton(new TopSimulatorState(options, time));
        return services;
    }

    /// <summary>The TOP gateway at <c>/router/rest</c> (the platform's path), the OAuth token endpoint at
    /// <c>/oauth/token</c>, and the admin API under <c>/sim/top</c>.</summary>
    public static IEndpointRouteBuilder MapTopSimulator(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/router/rest", ["GET", "POST"], TopGateway.HandleAsync);
        endpoints.MapPost("/oauth/token", TopOAuth.HandleAsync);
        endpoints.MapTopAdminApi();
        return endpoints;
    }
}
