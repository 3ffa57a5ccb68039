using System.Collections.Immutable;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Routing;

namespace OrderActors.GrainInterfaces;

/// <summary>Queries over the read model in PostgreSQL (decision log, inventory events, channel reconciliations, shop and SKU lists). Stateless.</summary>
public interface IReadModelGrain : IGrainWithIntegerKey
{
    /// <summary>Every routing decision of the order, oldest first: why it went where it went.</summary>
    Task<ImmutableArray<RoutingDecisionView>> Decisions(string orderId);

    /// <summary>Recent freezes and unfreezes, newest first, optionally for one SKU and/or warehouse.</summary>
    Task<ImmutableArray<InventoryEventView>> InventoryEvents(string? sku, string? warehouse, int limit);

    /// <summary>A shop's reconciled days (platform count against what the system received), newest run first.</summary>
    Task<ImmutableArray<Channels.StoredDayReconciliation>> ChannelReconciliations(string channel, string shop, int limit);

    /// <summary>Every shop ever connected (any platform, optionally one channel), by channel and shop.</summary>
    Task<ImmutableArray<Channels.ShopKey>> Shops(string? channel);

    /// <summary>
    /// SKU codes in order from <paramref name="after"/> (exclusive; null from the start), optionally starting with
    /// <paramref name="prefix"/>, at most <paramref name="limit"/>, with the name the catalogue list holds
    /// (null for a SKU defined before the list existed until its grain fills it in).
    /// </summary>
    Task<ImmutableArray<Catalog.SkuListEntry>> Skus(string? prefix, string? after, int limit);
}
