using System.Collections.Immutable;
using Orleans.Concurrency;
using OrderActors.GrainInterfaces.Approvals;

namespace OrderActors.Grains.Approvals;

[StatelessWorker]
internal sealed class ApprovalQueueGrain(ApprovalStore store) : Grain, IApprovalQueueGrain
{
    Task<ImmutableArray<PendingApproval>> IApprovalQueueGrain.List(ApprovalStatus status, string? warehouse, int limit) =>
        store.List(status, warehouse, Math.Clamp(limit, 1, 1000));
}
