using OrderActors.GrainInterfaces.Routing;

namespace OrderActors.Grains.ReadModel;

internal sealed record DecisionRecord(RoutingDecisionView Decision);
