using System.Collections.Immutable;
using Orleans.Concurrency;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Routing;

namespace OrderActors.Grains.ReadModel;

[StatelessWorker]
internal sealed class ReadModelGrain(ReadModelStore store, Channels.ChannelOrderStore channelOrders, Channels.ShopRegistry shops, Catalog.SkuCatalogStore skus)
    : Grain, IReadModelGrain
{
    Task<ImmutableArray<RoutingDecisionView>> IReadModelGrain.Decisions(string orderId) => store.Decisions(orderId);

    Task<ImmutableArray<InventoryEventView>> IReadModelGrain.InventoryEvents(string? sku, string? warehouse, int limit) =>
        store.Events(sku, warehouse, Math.Clamp(limit, 1, 1000));

    Task<ImmutableArray<GrainInterfaces.Channels.StoredDayReconciliation>> IReadModelGrain.ChannelReconciliations(string channel, string shop, int limit) =>
        channelOrders.Recent(channel, shop, Math.Clamp(limit, 1, 1000));

    Task<ImmutableArray<GrainInterfaces.Channels.ShopKey>> IReadModelGrain.Shops(string? channel) => shops.List(channel);

    Task<ImmutableArray<GrainInterfaces.Catalog.SkuListEntry>> IReadModelGrain.Skus(string? prefix, string? after, int limit) =>
        skus.Page(prefix, after, Math.Clamp(limit, 1, 1000));
}
