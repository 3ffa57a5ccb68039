namespace OrderActors.GrainInterfaces.Approvals;

/// <summary>One approver's decision on an order's shipment (the audit trail keeps every one).</summary>
[GenerateSerializer, Immutable, Alias("oa.ApprovalDecisionView")]
public sealed record ApprovalDecisionView(
    [property: Id(0)] ApprovalStatus Decision,
    [property: Id(1)] string Approver,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string? Comment);
