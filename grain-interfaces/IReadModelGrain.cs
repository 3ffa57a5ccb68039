using System.Collections.Immutable;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Routing;

namespace OrderActors.GrainInterfaces;

/// <summary>Queries over the read model in PostgreSQL (decision log, inventory events, channel reconciliations). Stateless.</summary>
public interface IReadModelGrain : IGrainWithIntegerKey
{
    /// <summary>Every routing decision of the order, oldest first: why it went where it went.</summary>
    Task<ImmutableArray<RoutingDecisionView>> Decisions(string orderId);

    /// <summary>Recent freezes and unfreezes, newest first, optionally for one SKU and/or warehouse.</summary>
    Task<ImmutableArray<InventoryEventView>> InventoryEvents(string? sku, string? warehouse, int limit);

    /// <summary>A shop's reconciled days (platform count against what the system received), newest run first.</summary>
    Task<ImmutableArray<Channels.StoredDayReconciliation>> ChannelReconciliations(string channel, string shop, int limit);
}
