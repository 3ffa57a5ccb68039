using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Approvals;

/// <summary>
/// One approval rule: orders it covers need a named approver to confirm their shipment. Every condition given
/// must hold; a rule without conditions covers every order. No approvers listed means any approver.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.ApprovalRuleView")]
public sealed record ApprovalRuleView(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Channel,
    [property: Id(2)] string? Warehouse,
    [property: Id(3)] long? MinOrderValueFen,
    [property: Id(4)] ImmutableArray<string> Approvers);
