using System.Collections.Immutable;
using Orleans.Concurrency;
using OrderActors.GrainInterfaces.Returns;

namespace OrderActors.Grains.Returns;

[StatelessWorker]
internal sealed class ReturnQueueGrain(ReturnStore store) : Grain, IReturnQueueGrain
{
    Task<ImmutableArray<ReturnSummary>> IReturnQueueGrain.List(ReturnStatus? status, string? warehouse, string? orderId, int limit) =>
        store.List(status, warehouse, orderId, Math.Clamp(limit, 1, 1000));
}
