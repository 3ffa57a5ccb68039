namespace OrderActors.Simulators.Wms;

/// <summary>
/// The warehouses' WMS: sends signed pick, pack and outbound-scan events to the OMS (docs/wms.md is the
/// contract), on demand or by autopilot, with admin under <c>/sim/wms</c>. Options from the constructor,
/// else from the host's <c>Wms</c> configuration section.
/// </summary>
public sealed class WmsPlatform(WmsSimulatorOptions? options = null) : ISimulatedPlatform
{
    public void AddServices(IServiceCollection services, TimeProvider time)
    {
        services.AddSingleton(sp => new WmsSimulatorState(
            options ?? sp.GetRequiredService<IConfiguration>().GetSection("Wms").Get<WmsSimulatorOptions>() ?? new WmsSimulatorOptions(), time));
        services.AddHttpClient(WmsSender.ClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<WmsSender>();
        services.AddHostedService(sp => new WmsAutopilot(
            sp.GetRequiredService<WmsSimulatorState>(), sp.GetRequiredService<WmsSender>(), time, sp.GetRequiredService<ILogger<WmsAutopilot>>()));
    }

    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapWmsAdminApi();

    /// <summary>Nothing to seed: warehouses and secrets come from the options.</summary>
    public void SeedDemo(IServiceProvider services)
    {
    }
}
