namespace OrderActors.Simulators.WebStore;

/// <summary>
/// The seller's own web store: the order API at <c>/webstore/api/orders</c>, the OAuth token endpoint at
/// <c>/webstore/oauth/token</c>, webhook pushes to a receiver on demand or on every change, admin under
/// <c>/sim/webstore</c>. docs/channels-webstore.md is the contract it serves.
/// </summary>
public sealed class WebStorePlatform(WebStoreSimulatorOptions? options = null) : ISimulatedPlatform
{
    /// <summary>The order API base; a client's <c>GatewayUrl</c>.</summary>
    public const string ApiPath = "webstore/api/";

    public const string TokenPath = "webstore/oauth/token";

    public void AddServices(IServiceCollection services, TimeProvider time)
    {
        services.AddSingleton(new WebStoreSimulatorState(options ?? new WebStoreSimulatorOptions(), time));
        services.AddHttpClient(WebStorePusher.ClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<WebStorePusher>();
    }

    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/" + ApiPath + "orders", WebStoreApi.List);
        endpoints.MapGet("/" + ApiPath + "orders/{id}", WebStoreApi.Get);
        endpoints.MapPost("/" + ApiPath + "orders/{id}/shipments", WebStoreApi.ShipAsync);
        endpoints.MapPost("/" + TokenPath, WebStoreOAuth.HandleAsync);
        endpoints.MapWebStoreAdminApi();
    }

    /// <summary>Shop <c>webstore-demo</c> with access token <c>webstore-sim-session</c> and refresh token <c>webstore-sim-refresh</c>.</summary>
    public void SeedDemo(IServiceProvider services) =>
        services.GetRequiredService<WebStoreSimulatorState>().SeedDemoSession();
}
