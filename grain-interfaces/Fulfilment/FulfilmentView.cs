using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>An order's way through the warehouse: the steps reported, the waybill request, the approval, the write-back request.</summary>
[GenerateSerializer, Immutable, Alias("oa.FulfilmentView")]
public sealed record FulfilmentView(
    [property: Id(0)] ImmutableArray<WarehouseStepView> Steps,
    [property: Id(1)] WaybillRequestView? Waybill,
    [property: Id(2)] Approvals.ApprovalView? Approval,
    [property: Id(3)] ImmutableArray<string> PendingDelayReasons);
