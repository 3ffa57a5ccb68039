using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Routing;

/// <summary>
/// A version of the routing rules. Criteria are compared in order (SameCity, SameProvince, NextDay,
/// LowestCost, FastestDelivery, Nearest, MostStock, WarehousePriority). <see cref="ServiceAreas"/> lists, per
/// warehouse, the province and city codes it may serve; a warehouse not listed serves the whole country.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.RoutingRules")]
public sealed record RoutingRules(
    [property: Id(0)] int Version,
    [property: Id(1)] ImmutableArray<string> Criteria,
    [property: Id(2)] bool ServiceAreaFilter,
    [property: Id(3)] bool FrozenCellFilter,
    [property: Id(4)] int MaxPackages,
    [property: Id(5)] bool AllowTransfer,
    [property: Id(6)] int TransferDays,
    [property: Id(7)] ImmutableDictionary<string, ImmutableArray<string>> ServiceAreas,
    [property: Id(8)] DateTimeOffset CreatedAt,
    [property: Id(9)] string CreatedBy,
    [property: Id(10)] string? Note);

/// <summary>A rule set to save as a new version or to test; service areas may name places by code or name.</summary>
[GenerateSerializer, Immutable, Alias("oa.RoutingRulesDraft")]
public sealed record RoutingRulesDraft(
    [property: Id(0)] ImmutableArray<string> Criteria,
    [property: Id(1)] bool ServiceAreaFilter,
    [property: Id(2)] bool FrozenCellFilter,
    [property: Id(3)] int MaxPackages,
    [property: Id(4)] bool AllowTransfer,
    [property: Id(5)] int TransferDays,
    [property: Id(6)] ImmutableDictionary<string, ImmutableArray<string>> ServiceAreas,
    [property: Id(7)] string? Note);

/// <summary>The saved version, or what is wrong with the draft.</summary>
[GenerateSerializer, Immutable, Alias("oa.SaveRulesResult")]
public sealed record SaveRulesResult([property: Id(0)] RoutingRules? Rules, [property: Id(1)] ImmutableArray<string> Problems);

/// <summary>Who made which version live, when, and why.</summary>
[GenerateSerializer, Immutable, Alias("oa.RuleActivation")]
public sealed record RuleActivation(
    [property: Id(0)] int Version,
    [property: Id(1)] int PreviousVersion,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Actor,
    [property: Id(4)] string? Note);

/// <summary>
/// A network-wide fulfilment window (全网协同发货) for a promotion: while it is open, service areas
/// widen and cost yields to fill rate. Scope is global, sku (Value = SKU) or channel (Value = channel code).
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.NetworkWideWindow")]
public sealed record NetworkWideWindow(
    [property: Id(0)] string Scope,
    [property: Id(1)] string? Value,
    [property: Id(2)] DateTimeOffset Start,
    [property: Id(3)] DateTimeOffset End,
    [property: Id(4)] string? Note);

[GenerateSerializer, Immutable, Alias("oa.RoutingCommandResult")]
public sealed record RoutingCommandResult([property: Id(0)] bool Succeeded, [property: Id(1)] string? Problem);
