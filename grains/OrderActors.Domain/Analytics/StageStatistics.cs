namespace OrderActors.Domain.Analytics;

/// <summary>Aggregates step durations into the figures operators chart.</summary>
public static class StageStatistics
{
    /// <summary>The key of durations whose order named no warehouse or carrier.</summary>
    public const string Unknown = "(unknown)";

    /// <summary>
    /// Counts a duration in the period of its end (the step finished in [From, To)). Means are rounded
    /// to the millisecond; percentiles are nearest-rank (<see cref="Percentile"/>). The bottleneck is
    /// the step with the highest mean; a tie goes to the higher p90, then to the earlier step.
    /// </summary>
    public static StageAnalysis Compute(IEnumerable<StageDuration> durations, StageQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var selected = durations
            .Where(d => d.End >= query.From && d.End < query.To)
            .Where(d => query.Warehouse is null || string.Equals(d.Warehouse, query.Warehouse, StringComparison.Ordinal))
            .Where(d => query.Carrier is null || string.Equals(d.Carrier, query.Carrier, StringComparison.Ordinal))
            .Where(d => query.Channel is null || string.Equals(d.Channel, query.Channel, StringComparison.Ordinal))
            .ToList();

        var steps = Figures(selected);
        var groups = query.GroupBy == StageGrouping.None
            ? []
            : selected
                .GroupBy(d => (query.GroupBy == StageGrouping.Warehouse ? d.Warehouse : d.Carrier) ?? Unknown, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    var figures = Figures(g);
                    return new StageGroupFigures(g.Key, figures, Bottleneck(figures));
                })
                .ToList();

        var reasons = selected
            .SelectMany(d => d.DelayReasons.Distinct(StringComparer.Ordinal).Select(r => (d.Stage, Reason: r)))
            .GroupBy(x => x)
            .Select(g => new DelayReasonCount(g.Key.Stage, g.Key.Reason, g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Stage).ThenBy(r => r.Reason, StringComparer.Ordinal)
            .Take(Math.Max(query.TopReasons, 0))
            .ToList();

        return new StageAnalysis(steps, groups, reasons, Bottleneck(steps));
    }

    /// <summary>The slowest step by mean (ties: higher p90, then the earlier step); null when no step has a figure.</summary>
    public static Stage? Bottleneck(IReadOnlyList<StageFigures> steps) =>
        steps.Where(s => s.Count > 0)
            .OrderByDescending(s => s.MeanSeconds).ThenByDescending(s => s.P90Seconds).ThenBy(s => s.Stage)
            .Select(s => (Stage?)s.Stage)
            .FirstOrDefault();

    private static List<StageFigures> Figures(IEnumerable<StageDuration> durations)
    {
        var byStage = durations.ToLookup(d => d.Stage);
        return [.. Stages.All.Select(stage =>
        {
            var seconds = byStage[stage].Select(d => d.Seconds).Order().ToList();
            return seconds.Count == 0
                ? new StageFigures(stage, 0, null, null, null)
                : new StageFigures(stage, seconds.Count, Math.Round(seconds.Average(), 3, MidpointRounding.AwayFromZero),
                    Percentile.NearestRank(seconds, 50), Percentile.NearestRank(seconds, 90));
        })];
    }
}
