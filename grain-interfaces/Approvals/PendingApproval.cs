namespace OrderActors.GrainInterfaces.Approvals;

/// <summary>A row of the approvals queue: an order whose shipment waits for (or was refused by) an approver.</summary>
[GenerateSerializer, Immutable, Alias("oa.PendingApproval")]
public sealed record PendingApproval(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string Rule,
    [property: Id(2)] ApprovalStatus Status,
    [property: Id(3)] DateTimeOffset RequestedAt,
    [property: Id(4)] string? Warehouse,
    [property: Id(5)] string? Carrier,
    [property: Id(6)] string? WaybillNumber,
    [property: Id(7)] long ValueFen,
    [property: Id(8)] string? DecidedBy,
    [property: Id(9)] DateTimeOffset? DecidedAt,
    [property: Id(10)] string? Comment);
