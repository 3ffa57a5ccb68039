namespace OrderActors.Simulators.Jd;

/// <summary>
/// JD's open platform (JOS): the gateway at <c>/routerjson</c> and the OAuth refresh endpoint at
/// <c>/oauth2/refresh_token</c> (the platform's own paths), admin under <c>/sim/jd</c>.
/// </summary>
public sealed class JdPlatform(JdSimulatorOptions? options = null) : ISimulatedPlatform
{
    public const string GatewayPath = "routerjson";
    public const string TokenPath = "oauth2/refresh_token";

    public void AddServices(IServiceCollection services, TimeProvider time) =>
        services.AddSingleton(new JdSimulatorState(options ?? new JdSimulatorOptions(), time));

    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/" + GatewayPath, ["GET", "POST"], JdGateway.HandleAsync);
        endpoints.MapMethods("/" + TokenPath, ["GET", "POST"], JdOAuth.HandleAsync);
        endpoints.MapJdAdminApi();
    }

    /// <summary>Shop <c>jd-demo-shop</c> with access token <c>jd-sim-access</c> and refresh token <c>jd-sim-refresh</c>.</summary>
    public void SeedDemo(IServiceProvider services) =>
        services.GetRequiredService<JdSimulatorState>().SeedDemoSession();
}
