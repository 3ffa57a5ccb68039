using System.Collections.Immutable;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Routing;

namespace OrderActors.GrainInterfaces;

/// <summary>Queries over the read model in PostgreSQL (decision log, inventory events). Stateless.</summary>
public interface IReadModelGrain : IGrainWithIntegerKey
{
    /// <summary>Every routing decision of the order, oldest first: why it went where it went.</summary>
    Task<ImmutableArray<RoutingDecisionView>> Decisions(string orderId);

    /// <summary>Recent freezes and unfreezes, newest first, optionally for one SKU and/or warehouse.</summary>
    Task<ImmutableArray<InventoryEventView>> InventoryEvents(string? sku, string? warehouse, int limit);
}
