namespace OrderActors.Grains.Analytics;

/// <summary>
/// What the order search row needs besides the status event itself. Null fields (events from before they were
/// published) leave what the row already holds.
/// </summary>
internal sealed record OrderSearchFacts(string? PhoneTail, string? WaybillNumber, DateTimeOffset? CreatedAt, DateTimeOffset? PaidAt)
{
    public static OrderSearchFacts None { get; } = new(null, null, null, null);
}
