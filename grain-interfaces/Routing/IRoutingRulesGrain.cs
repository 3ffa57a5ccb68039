using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Routing;

/// <summary>
/// The routing rule versions and the network-wide windows, keyed <see cref="OrleansNames.RoutingRulesKey"/>.
/// Saving a draft never changes routing; activating a version is a separate, logged step.
/// </summary>
public interface IRoutingRulesGrain : IGrainWithStringKey
{
    Task<RoutingRules> GetActive();

    Task<RoutingRules?> Get(int version);

    Task<ImmutableArray<RoutingRules>> List();

    /// <summary>Validates the draft and stores it as the next version (not active).</summary>
    Task<SaveRulesResult> SaveDraft(RoutingRulesDraft draft, string actor);

    Task<RoutingCommandResult> Activate(int version, string actor, string? note);

    Task<ImmutableArray<RuleActivation>> Activations();

    Task<ImmutableArray<NetworkWideWindow>> GetNetworkWide();

    /// <summary>Replaces the network-wide windows (validated: known scope, start before end).</summary>
    Task<RoutingCommandResult> SetNetworkWide(ImmutableArray<NetworkWideWindow> windows, string actor);
}
