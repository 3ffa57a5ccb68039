using System.Collections.Immutable;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.GrainInterfaces.Routing;

/// <summary>
/// A rule test: a draft (inline or a saved version) against the active rules, over the given orders
/// or the last <see cref="LastOrders"/> routed orders, on the current stock, reserving nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.RuleTestRequest")]
public sealed record RuleTestRequest(
    [property: Id(0)] RoutingRulesDraft? Draft,
    [property: Id(1)] int? DraftVersion,
    [property: Id(2)] ImmutableArray<RuleTestOrder> Orders,
    [property: Id(3)] int LastOrders);

[GenerateSerializer, Immutable, Alias("oa.RuleTestOrder")]
public sealed record RuleTestOrder(
    [property: Id(0)] string? OrderId,
    [property: Id(1)] string Province,
    [property: Id(2)] string? City,
    [property: Id(3)] ImmutableArray<OrderLine> Lines,
    [property: Id(4)] string? Channel = null);

[GenerateSerializer, Immutable, Alias("oa.RuleTestOrderResult")]
public sealed record RuleTestOrderResult(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string ActiveWarehouses,
    [property: Id(2)] long? ActiveCostFen,
    [property: Id(3)] int? ActiveDays,
    [property: Id(4)] string DraftWarehouses,
    [property: Id(5)] long? DraftCostFen,
    [property: Id(6)] int? DraftDays,
    [property: Id(7)] bool Changed,
    [property: Id(8)] bool BecomesUnservable,
    [property: Id(9)] string? DraftUnservable);

[GenerateSerializer, Immutable, Alias("oa.RuleTestSummary")]
public sealed record RuleTestSummaryView(
    [property: Id(0)] int Orders,
    [property: Id(1)] int Changed,
    [property: Id(2)] int BecomeUnservable,
    [property: Id(3)] int BecomeServable,
    [property: Id(4)] long ActiveCostFen,
    [property: Id(5)] long DraftCostFen,
    [property: Id(6)] double ActiveAverageDays,
    [property: Id(7)] double DraftAverageDays);

/// <summary>The per-order comparison and totals, or the problems that kept the test from running.</summary>
[GenerateSerializer, Immutable, Alias("oa.RuleTestResult")]
public sealed record RuleTestResult(
    [property: Id(0)] int ActiveVersion,
    [property: Id(1)] ImmutableArray<RuleTestOrderResult> Orders,
    [property: Id(2)] RuleTestSummaryView? Summary,
    [property: Id(3)] ImmutableArray<string> Problems);
