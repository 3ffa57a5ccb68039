namespace OrderActors.Grains.Channels.Pinduoduo;

/// <summary>One page of a Pinduoduo order list, in the order the platform sent it.</summary>
/// <param name="HasNext">Whether another page follows: <c>has_next</c> when <c>use_has_next=true</c>, otherwise derived from the total.</param>
/// <param name="TotalCount">total_count: the orders in the whole query; left out when <c>use_has_next=true</c> (documented).</param>
internal sealed record PddOrderPage(
    IReadOnlyList<PddOrder> Orders,
    bool HasNext,
    long? TotalCount,
    string? RequestId);
