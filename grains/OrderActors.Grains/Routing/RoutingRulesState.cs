using OrderActors.GrainInterfaces.Routing;

namespace OrderActors.Grains.Routing;

[GenerateSerializer, Alias("oa.state.RoutingRules")]
internal sealed class RoutingRulesState
{
    /// <summary>Every version ever saved, oldest first; versions are never changed or removed.</summary>
    [Id(0)] public List<RoutingRules> Versions { get; set; } = [];

    [Id(1)] public int ActiveVersion { get; set; }

    [Id(2)] public List<RuleActivation> Activations { get; set; } = [];

    [Id(3)] public List<NetworkWideWindow> NetworkWide { get; set; } = [];
}
