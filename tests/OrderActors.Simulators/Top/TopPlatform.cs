namespace OrderActors.Simulators.Top;

/// <summary>
/// Taobao/Tmall TOP: the REST gateway at <c>/router/rest</c> (the platform's path), the OAuth token
/// endpoint at <c>/oauth/token</c>, admin under <c>/sim/top</c>.
/// </summary>
public sealed class TopPlatform(TopSimulatorOptions? options = null) : ISimulatedPlatform
{
    public const string GatewayPath = "router/rest";
    public const string TokenPath = "oauth/token";

    public void AddServices(IServiceCollection services, TimeProvider time) =>
        services.AddSingleton(new TopSimulatorState(options ?? new TopSimulatorOptions(), time));

    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/" + GatewayPath, ["GET", "POST"], TopGateway.HandleAsync);
        endpoints.MapPost("/" + TokenPath, TopOAuth.HandleAsync);
        endpoints.MapTopAdminApi();
    }

    /// <summary>Shop <c>demo-shop</c> with session <c>sim-session</c> and refresh token <c>sim-refresh</c>.</summary>
    public void SeedDemo(IServiceProvider services) =>
        services.GetRequiredService<TopSimulatorState>().SeedDemoSession();
}
