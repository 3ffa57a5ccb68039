namespace OrderActors.Domain.Analytics;

/// <summary>Turns one order's status events into the time it spent in each step.</summary>
public static class StageDurations
{
    /// <summary>
    /// A step is measured when an event of its end status directly follows (by version) an event of
    /// its start status: an order that skipped a status, or a gap the projection never filled, yields
    /// no figure rather than a wrong one. When a step repeats (an order re-routed back to Paid and
    /// allocated again), the last occurrence counts: it is the one the order went on from.
    /// The order's warehouse and carrier are the last ones its events name (a re-route moves it).
    /// </summary>
    public static IReadOnlyList<StageDuration> Of(IEnumerable<StatusEventRecord> eventsOfOneOrder)
    {
        var events = eventsOfOneOrder.OrderBy(e => e.Version).ToList();
        if (events.Count < 2)
        {
            return [];
        }

        var warehouse = events.LastOrDefault(e => e.Warehouse is not null)?.Warehouse;
        var carrier = events.LastOrDefault(e => e.Carrier is not null)?.Carrier;
        var found = new Dictionary<Stage, StageDuration>();
        for (var i = 1; i < events.Count; i++)
        {
            var (before, after) = (events[i - 1], events[i]);
            if (after.Version != before.Version + 1)
            {
                continue;
            }

            foreach (var stage in Stages.All)
            {
                if (stage.From() == before.Status && stage.To() == after.Status)
                {
                    found[stage] = new StageDuration(after.OrderId, stage, before.At, after.At, after.Channel, warehouse, carrier,
                        after.DelayReasons.IsDefault ? [] : after.DelayReasons);
                }
            }
        }

        return [.. found.Values.OrderBy(d => d.Stage)];
    }
}
