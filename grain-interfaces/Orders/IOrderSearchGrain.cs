using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Orders;

/// <summary>Searches the order read model in PostgreSQL (<c>order_search</c>); stateless, any key.</summary>
public interface IOrderSearchGrain : IGrainWithIntegerKey
{
    /// <summary>Up to <see cref="OrderSearchQuery.Limit"/> orders, newest first, after the query's cursor.</summary>
    Task<ImmutableArray<OrderSearchHit>> Search(OrderSearchQuery query);
}
