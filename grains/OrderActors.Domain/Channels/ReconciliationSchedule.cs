namespace OrderActors.Domain.Channels;

/// <summary>
/// The calendar of weekly reconciliation: platform days are China days (GMT+8, how the platforms and
/// sellers count), the run is due at a weekday and time of day in China time, and covers the last
/// full days before it. Pure: the clock is a parameter.
/// </summary>
public static class ReconciliationSchedule
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>[start, end) of a China day as instants.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) ChinaDay(DateOnly day)
    {
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), China);
        return (start, start.AddDays(1));
    }

    /// <summary>The China day an instant falls on.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(China).DateTime);

    /// <summary>The <paramref name="days"/> full China days before the day of <paramref name="now"/> (yesterday the last).</summary>
    public static (DateOnly From, DateOnly To) LastDays(DateTimeOffset now, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var today = DayOf(now);
        return (today.AddDays(-days), today.AddDays(-1));
    }

    /// <summary>How long from <paramref name="now"/> until the next <paramref name="weekday"/> at <paramref name="at"/> (China time); never zero.</summary>
    public static TimeSpan DueIn(DateTimeOffset now, DayOfWeek weekday, TimeOnly at)
    {
        var local = now.ToOffset(China);
        var candidate = new DateTimeOffset(DateOnly.FromDateTime(local.DateTime).ToDateTime(at), China);
        var ahead = ((int)weekday - (int)local.DayOfWeek + 7) % 7;
        candidate = candidate.AddDays(ahead);
        if (candidate <= now)
        {
            candidate = candidate.AddDays(7);
        }

        return candidate - now;
    }

    /// <summary>
    /// Whether the platform's order counts as one the system should hold: paid at some point and not
    /// closed before it was ever recorded. Awaiting payment, cancelled and closed orders are not the
    /// system's unless it already recorded them (which the comparison sees on its side).
    /// </summary>
    public static bool Counts(PlatformOrderState state) => state is PlatformOrderState.Paid or PlatformOrderState.PartiallyShipped
        or PlatformOrderState.Shipped or PlatformOrderState.Delivered or PlatformOrderState.Completed or PlatformOrderState.OnHold
        or PlatformOrderState.RefundRequested or PlatformOrderState.Refunded;

    /// <summary>
    /// The modified-time windows to pull again so that orders with these modified times are read:
    /// each starts a minute before the first time it covers and is at most <paramref name="maxWindow"/> long.
    /// </summary>
    public static IReadOnlyList<PullWindow> RepairWindows(IEnumerable<DateTimeOffset> modifiedTimes, TimeSpan maxWindow)
    {
        ArgumentNullException.ThrowIfNull(modifiedTimes);
        var margin = TimeSpan.FromMinutes(1);
        if (maxWindow <= margin * 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxWindow), maxWindow, "A repair window must be longer than two minutes.");
        }

        var windows = new List<PullWindow>();
        foreach (var modified in modifiedTimes.Order())
        {
            if (windows.Count > 0 && modified < windows[^1].End - margin)
            {
                continue;
            }

            var start = modified - margin;
            windows.Add(new PullWindow(start, start + maxWindow));
        }

        return windows;
    }
}
