using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Routing;

[GenerateSerializer, Immutable, Alias("oa.RoutingLineView")]
public sealed record RoutingLineView([property: Id(0)] string Sku, [property: Id(1)] int Quantity, [property: Id(2)] int UnitWeightGrams);

[GenerateSerializer, Immutable, Alias("oa.TransferView")]
public sealed record TransferView([property: Id(0)] string Sku, [property: Id(1)] int Quantity, [property: Id(2)] string FromWarehouse);

/// <summary>One parcel of an order: where it ships from, what is in it, what it costs and takes.</summary>
[GenerateSerializer, Immutable, Alias("oa.PackageView")]
public sealed record PackageView(
    [property: Id(0)] string Warehouse,
    [property: Id(1)] ImmutableArray<RoutingLineView> Lines,
    [property: Id(2)] long CostFen,
    [property: Id(3)] int Days,
    [property: Id(4)] ImmutableArray<TransferView> Transfers);

/// <summary>Stock held for an order in one cell.</summary>
[GenerateSerializer, Immutable, Alias("oa.StockReservationView")]
public sealed record StockReservationView([property: Id(0)] string Warehouse, [property: Id(1)] string Sku, [property: Id(2)] int Quantity);

[GenerateSerializer, Immutable, Alias("oa.CriterionScoreView")]
public sealed record CriterionScoreView([property: Id(0)] string Criterion, [property: Id(1)] long Value);

/// <summary>How one warehouse looked to the router: exclusions, per-SKU shortfalls and availability, cost, days, scores.</summary>
[GenerateSerializer, Immutable, Alias("oa.CandidateView")]
public sealed record CandidateView(
    [property: Id(0)] string Warehouse,
    [property: Id(1)] bool Chosen,
    [property: Id(2)] ImmutableArray<string> Exclusions,
    [property: Id(3)] ImmutableDictionary<string, string> Shortfalls,
    [property: Id(4)] ImmutableDictionary<string, int> Available,
    [property: Id(5)] long CostFen,
    [property: Id(6)] int Days,
    [property: Id(7)] ImmutableArray<CriterionScoreView> Scores);

/// <summary>One routing decision as logged: its inputs, every candidate, and the choice.</summary>
/// <param name="Outcome">Allocated, Unservable, or Retried (a reservation was refused because the pool was behind; a later decision follows).</param>
[GenerateSerializer, Immutable, Alias("oa.RoutingDecisionView")]
public sealed record RoutingDecisionView(
    [property: Id(0)] string OrderId,
    [property: Id(1)] DateTimeOffset DecidedAt,
    [property: Id(2)] int RuleVersion,
    [property: Id(3)] bool NetworkWide,
    [property: Id(4)] string Outcome,
    [property: Id(5)] string DestinationProvince,
    [property: Id(6)] string? DestinationCity,
    [property: Id(7)] ImmutableArray<RoutingLineView> Lines,
    [property: Id(8)] ImmutableArray<string> Criteria,
    [property: Id(9)] ImmutableArray<CandidateView> Candidates,
    [property: Id(10)] ImmutableArray<PackageView> Packages,
    [property: Id(11)] string? Unservable);
