namespace OrderActors.Domain.Channels;

/// <summary>Decides which modified-time windows to pull next. Pure: the clock is a parameter.</summary>
public static class PullWindowPlanner
{
    /// <summary>
    /// Plans from <paramref name="checkpoint"/> (the end of the last fully committed window) minus the
    /// overlap up to <paramref name="now"/> minus the settle lag, in contiguous windows each no longer
    /// than the rules allow, oldest first, at most <see cref="PullWindowRules.MaxWindowsPerPlan"/>.
    /// Without a checkpoint (a new shop) it starts at <paramref name="firstPullFrom"/>. A start older
    /// than the API's lookback is moved up to the earliest allowed start and the lost stretch reported.
    /// </summary>
    public static PullPlan Plan(PullWindowRules rules, DateTimeOffset? checkpoint, DateTimeOffset now, DateTimeOffset firstPullFrom)
    {
        ArgumentNullException.ThrowIfNull(rules);
        rules.Validate();

        var upper = now - rules.SettleLag;
        var start = checkpoint is { } committed ? committed - rules.Overlap : firstPullFrom;

        PullWindow? gap = null;
        if (rules.MaxLookback is { } lookback && start < now - lookback)
        {
            var earliest = now - lookback;
            gap = new PullWindow(start, earliest);
            start = earliest;
        }

        var windows = new List<PullWindow>();
        while (start < upper && windows.Count < rules.MaxWindowsPerPlan)
        {
            var end = start + rules.MaxWindow < upper ? start + rules.MaxWindow : upper;
            windows.Add(new PullWindow(start, end));
            start = end;
        }

        return new PullPlan(windows, gap);
    }
}
