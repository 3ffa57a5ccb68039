namespace OrderActors.Simulators.Pdd;

/// <summary>
/// Pinduoduo: the POP gateway at <c>/api/router</c> (the platform's own path; token refresh is a
/// gateway method there too), admin under <c>/sim/pdd</c>.
/// </summary>
public sealed class PddPlatform(PddSimulatorOptions? options = null) : ISimulatedPlatform
{
    public const string GatewayPath = "api/router";

    public void AddServices(IServiceCollection services, TimeProvider time) =>
        services.AddSingleton(new PddSimulatorState(options ?? new PddSimulatorOptions(), time));

    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/" + GatewayPath, ["GET", "POST"], PddGateway.HandleAsync);
        endpoints.MapPddAdminApi();
    }

    /// <summary>Shop <c>pdd-demo-shop</c> with access token <c>pdd-sim-token</c> and refresh token <c>pdd-sim-refresh</c>.</summary>
    public void SeedDemo(IServiceProvider services) =>
        services.GetRequiredService<PddSimulatorState>().SeedDemoSession();
}
