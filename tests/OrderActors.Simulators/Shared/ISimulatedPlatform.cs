namespace OrderActors.Simulators;

/// <summary>
/// One marketplace in a <see cref="SimulatorHost"/>: its state as a service, its gateway at the
/// platform's own paths (they do not collide, so every platform can share one host), and its admin
/// switches under <c>/sim/{platform}</c>.
/// </summary>
public interface ISimulatedPlatform
{
    void AddServices(IServiceCollection services, TimeProvider time);

    void Map(IEndpointRouteBuilder endpoints);

    /// <summary>What the standalone demo needs from the start (a shop with known tokens).</summary>
    void SeedDemo(IServiceProvider services);
}
