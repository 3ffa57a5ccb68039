using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Approvals;

/// <summary>The approval an order's shipment needs: the rule that asked for it, where it stands, and every decision so far.</summary>
[GenerateSerializer, Immutable, Alias("oa.ApprovalView")]
public sealed record ApprovalView(
    [property: Id(0)] string Rule,
    [property: Id(1)] ApprovalStatus Status,
    [property: Id(2)] DateTimeOffset RequestedAt,
    [property: Id(3)] ImmutableArray<string> Approvers,
    [property: Id(4)] ImmutableArray<ApprovalDecisionView> Decisions);
