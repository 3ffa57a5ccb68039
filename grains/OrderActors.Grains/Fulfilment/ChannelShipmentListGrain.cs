using System.Collections.Immutable;
using OrderActors.GrainInterfaces.Fulfilment;
using Orleans.Concurrency;

namespace OrderActors.Grains.Fulfilment;

/// <summary>Reads <c>channel_shipments</c> for the API's lists.</summary>
// Stateless: each call is one query, so any number of activations may serve them.
[StatelessWorker]
internal sealed class ChannelShipmentListGrain(ChannelShipmentStore store) : Grain, IChannelShipmentListGrain
{
    Task<ImmutableArray<ChannelShipmentView>> IChannelShipmentListGrain.List(ChannelShipmentStatus status, int limit) =>
        store.List(status, Math.Clamp(limit, 1, 1000));
}
