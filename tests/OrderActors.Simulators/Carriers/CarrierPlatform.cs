namespace OrderActors.Simulators.Carriers;

/// <summary>
/// SF Express (<c>/std/service</c>), ZTO (<c>/zto/{method}</c>) and Yunda (<c>/yunda/…</c>): electronic waybills and
/// route queries with each carrier's signing, pushes to the OMS, an autopilot for the demo, admin under <c>/sim/carriers</c>.
/// Configured from <c>Simulators:Carriers</c> when run standalone.
/// </summary>
public sealed class CarrierPlatform(CarrierSimulatorOptions? options = null) : ISimulatedPlatform
{
    public void AddServices(IServiceCollection services, TimeProvider time)
    {
        services.AddSingleton(sp => new CarrierSimulatorState(options ?? FromConfiguration(sp.GetRequiredService<IConfiguration>()), time));
        services.AddHttpClient(CarrierPusher.ClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<CarrierPusher>();
        services.AddHostedService(sp => new CarrierAutopilot(sp.GetRequiredService<CarrierSimulatorState>(), sp.GetRequiredService<CarrierPusher>(), time));
    }

    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/" + SfGateway.Path, SfGateway.HandleAsync).DisableAntiforgery();
        endpoints.MapPost("/" + ZtoGateway.Path + "{method}", ZtoGateway.HandleAsync);
        endpoints.MapPost("/" + YundaGateway.Path + "{**path}", YundaGateway.HandleAsync);
        endpoints.MapCarrierAdminApi();
    }

    /// <summary>Nothing to seed: waybills are issued as the OMS asks for them.</summary>
    public void SeedDemo(IServiceProvider services) => services.GetRequiredService<CarrierSimulatorState>();

    private static CarrierSimulatorOptions FromConfiguration(IConfiguration configuration) =>
        configuration.GetSection("Simulators:Carriers").Get<CarrierSimulatorOptions>() ?? new CarrierSimulatorOptions();
}
