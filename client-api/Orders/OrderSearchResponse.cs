namespace OrderActors.ClientApi.Orders;

/// <summary>A page of search results, newest first; pass <see cref="Next"/> as <c>after</c> for the next page (null: no more).</summary>
public sealed record OrderSearchResponse(IReadOnlyList<OrderSearchRow> Orders, string? Next);
