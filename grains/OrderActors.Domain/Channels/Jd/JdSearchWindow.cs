namespace OrderActors.Domain.Channels.Jd;

/// <summary>
/// The time range <c>jingdong.pop.order.search</c> accepts: start_date and end_date "不得相差超过1个月"
/// (documented in the API's parameter description, as the JOS SDKs reproduce it). "One month" is read
/// as one calendar month on China time (GMT+8), the clock JD writes its times in; that reading is ours.
/// The end must come after the start. Both bounds travel as whole seconds, so they are compared as such.
/// </summary>
public static class JdSearchWindow
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>Whether JD takes <paramref name="start"/> … <paramref name="end"/> in one search.</summary>
    public static bool IsAllowed(DateTimeOffset start, DateTimeOffset end)
    {
        var from = WholeSeconds(start);
        var to = WholeSeconds(end);
        return to > from && to <= LatestEnd(from);
    }

    /// <summary>The latest end a search starting at <paramref name="start"/> may have: one calendar month later in China.</summary>
    public static DateTimeOffset LatestEnd(DateTimeOffset start) => WholeSeconds(start).ToOffset(China).AddMonths(1);

    /// <summary>
    /// <paramref name="start"/> … <paramref name="end"/> cut into consecutive ranges JD takes, oldest first,
    /// each ending where the next starts (bounds are inclusive on JD's side, so an order on a cut is read twice, never lost).
    /// </summary>
    public static IReadOnlyList<PullWindow> Split(DateTimeOffset start, DateTimeOffset end)
    {
        var ranges = new List<PullWindow>();
        var from = WholeSeconds(start);
        var to = WholeSeconds(end);
        while (from < to)
        {
            var next = LatestEnd(from) < to ? LatestEnd(from) : to;
            ranges.Add(new PullWindow(from, next));
            from = next;
        }

        return ranges;
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset instant) =>
        instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerSecond));
}
