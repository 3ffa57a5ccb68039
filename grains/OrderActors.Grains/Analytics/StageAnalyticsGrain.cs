using System.Collections.Immutable;
using Orleans.Concurrency;
using OrderActors.Domain.Analytics;
using OrderActors.GrainInterfaces.Analytics;
using ContractStatus = OrderActors.GrainInterfaces.Orders.OrderStatus;

namespace OrderActors.Grains.Analytics;

/// <summary>Reads the projection for the period and lets the domain compute the figures.</summary>
[StatelessWorker]
internal sealed class StageAnalyticsGrain(StatusEventStore store) : Grain, IStageAnalyticsGrain
{
    async Task<StageReport> IStageAnalyticsGrain.Stages(StageReportQuery query)
    {
        var grouping = query.GroupBy?.ToLowerInvariant() switch
        {
            "warehouse" => StageGrouping.Warehouse,
            "carrier" => StageGrouping.Carrier,
            _ => StageGrouping.None,
        };

        var events = await store.EventsOfOrdersActiveIn(query.From, query.To, query.Channel);
        var durations = events.GroupBy(e => e.OrderId, StringComparer.Ordinal).SelectMany(StageDurations.Of);
        var analysis = StageStatistics.Compute(durations, new StageQuery(query.From, query.To, query.Warehouse, query.Carrier, query.Channel, grouping));
        return new StageReport(
            query.From,
            query.To,
            Steps(analysis.Steps),
            [.. analysis.Groups.Select(g => new StageGroup(g.Key, Steps(g.Steps), g.Bottleneck?.ToString()))],
            [.. analysis.TopDelayReasons.Select(r => new StageDelayReason(r.Stage.ToString(), r.Reason, r.Count))],
            analysis.Bottleneck?.ToString(),
            grouping == StageGrouping.None ? null : grouping.ToString().ToLowerInvariant());
    }

    private static ImmutableArray<StageStep> Steps(IEnumerable<StageFigures> figures) =>
        [.. figures.Select(f => new StageStep(f.Stage.ToString(), (ContractStatus)(int)f.Stage.From(), (ContractStatus)(int)f.Stage.To(),
            f.Count, f.MeanSeconds, f.P50Seconds, f.P90Seconds))];
}
