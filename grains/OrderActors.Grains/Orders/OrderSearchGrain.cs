using System.Collections.Immutable;
using Orleans.Concurrency;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Orders;

[StatelessWorker]
internal sealed class OrderSearchGrain(OrderSearchStore store) : Grain, IOrderSearchGrain
{
    Task<ImmutableArray<OrderSearchHit>> IOrderSearchGrain.Search(OrderSearchQuery query) => store.Search(query);
}
