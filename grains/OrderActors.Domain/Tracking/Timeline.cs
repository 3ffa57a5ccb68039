namespace OrderActors.Domain.Tracking;

public static class Timeline
{
    /// <summary>Classifies an incoming event version against the last version the timeline holds.</summary>
    public static TimelineStep Classify(int lastVersion, int incomingVersion) =>
        incomingVersion <= lastVersion ? TimelineStep.Duplicate
        : incomingVersion == lastVersion + 1 ? TimelineStep.Next
        : TimelineStep.Gap;

    /// <summary>
    /// Whether a read should first confirm the timeline against the order: it has not heard from the
    /// stream or the order within <paramref name="quiet"/> (or ever, in this activation). A lost last
    /// event leaves no gap to notice, so silence is the only sign.
    /// </summary>
    public static bool ShouldConfirmOnRead(DateTimeOffset? lastHeard, DateTimeOffset now, TimeSpan quiet) =>
        lastHeard is not { } heard || now - heard >= quiet;

    /// <summary>
    /// Whether the timeline must be rebuilt from the order: the order is further on (events lost), or
    /// the timeline holds a version the order does not (it must never show what the order did not reach).
    /// </summary>
    public static bool IsBehind(int timelineVersion, int orderVersion) => orderVersion != timelineVersion;

    /// <summary>Whether the order can still change in a way the customer sees; past these the periodic check stops.</summary>
    public static bool IsSettled(Orders.OrderStatus status) =>
        status is Orders.OrderStatus.Delivered or Orders.OrderStatus.Completed or Orders.OrderStatus.Cancelled;
}
