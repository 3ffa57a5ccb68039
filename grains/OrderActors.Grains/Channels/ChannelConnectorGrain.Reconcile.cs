using System.Collections.Immutable;
using OrderActors.Domain.Channels;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.Grains.Channels;

/// <summary>Weekly reconciliation: the platform's own count per day against <c>channel_orders</c>, and repair by re-pulling.</summary>
internal sealed partial class ChannelConnectorGrain
{
    /// <summary>Longest period one reconciliation covers (the platforms serve about three months).</summary>
    private const int MaxReconcileDays = 92;

    async Task<ShopReconciliation> IChannelConnectorGrain.Reconcile(DateOnly from, DateOnly to)
    {
        var runAt = time.GetUtcNow();
        var (channel, shop) = (Key.Channel.Code(), Key.Shop);
        ShopReconciliation Failed(string error) => new(channel, shop, runAt, from, to, [], error);
        if (to < from || to.DayNumber - from.DayNumber >= MaxReconcileDays)
        {
            return Failed($"The period must run forwards and cover at most {MaxReconcileDays} days.");
        }

        if (_clear is null)
        {
            return Failed("The shop is not configured.");
        }

        if (adapters.For(Key.Channel, out var problem) is not { } adapter)
        {
            return Failed(problem!);
        }

        var run = new PullRun(runAt, S.Checkpoint);
        var days = ImmutableArray.CreateBuilder<DayReconciliation>();
        string? error = null;
        try
        {
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                days.Add(await ReconcileDay(adapter, run, day));
            }
        }
        catch (Exception ex) when (ex is PlatformCallException or HttpRequestException or TaskCanceledException)
        {
            error = $"The platform failed on {from.AddDays(days.Count):yyyy-MM-dd}: {ex.Message}";
            LogReconcileFailed(ex, this.GetPrimaryKeyString());
        }

        var result = new ShopReconciliation(channel, shop, runAt, from, to, days.ToImmutable(), error);
        await received.Save(result);
        S.LastReconciledAt = runAt;
        S.LastReconciliationMatched = result.Matched;
        S.OrdersPulled += run.Trades;
        (S.OrdersCreated, S.OrdersUpdated, S.OrdersRejected) = (S.OrdersCreated + run.Created, S.OrdersUpdated + run.Updated, S.OrdersRejected + run.Rejected.Count);
        await state.WriteStateAsync();
        LogReconciled(this.GetPrimaryKeyString(), from, to, result.Days.Sum(d => d.Missing.Length), result.Days.Sum(d => d.Repaired.Length));
        await OnReconciled(result);
        return result;
    }

    private async Task<DayReconciliation> ReconcileDay(IPlatformAdapter adapter, PullRun run, DateOnly day)
    {
        var (channel, shop) = (Key.Channel.Code(), Key.Shop);
        var (start, end) = ReconciliationSchedule.ChinaDay(day);

        // Platform times have one-second resolution and inclusive bounds: the day ends a second before the next.
        var listed = await Call(adapter, run, token => adapter.ListCreatedAsync(token, new PullWindow(start, end.AddSeconds(-1))));
        var platform = listed
            .Where(l => l.CreatedAt is not { } created || (created >= start && created < end))
            .DistinctBy(l => l.PlatformOrderId, StringComparer.Ordinal)
            .ToList();
        var expected = platform.Where(l => ReconciliationSchedule.Counts(l.State)).ToList();

        var before = await received.CreatedBetween(channel, shop, start, end);
        var recorded = before.Where(o => o.Outcome == ReceivedOutcome.Recorded).Select(o => o.PlatformOrderId).ToHashSet(StringComparer.Ordinal);
        var rejected = before.Where(o => o.Outcome == ReceivedOutcome.Rejected).ToDictionary(o => o.PlatformOrderId, o => o.Detail ?? "rejected", StringComparer.Ordinal);
        var listedIds = platform.Select(l => l.PlatformOrderId).ToHashSet(StringComparer.Ordinal);
        var missing = expected.Where(l => !recorded.Contains(l.PlatformOrderId) && !rejected.ContainsKey(l.PlatformOrderId)).ToList();
        var refused = expected.Where(l => rejected.ContainsKey(l.PlatformOrderId)).Select(l => new RejectedTrade(l.PlatformOrderId, rejected[l.PlatformOrderId])).ToImmutableArray();
        var extra = recorded.Where(id => !listedIds.Contains(id)).Order(StringComparer.Ordinal).ToImmutableArray();
        var receivedCount = expected.Count(l => recorded.Contains(l.PlatformOrderId));

        var repaired = ImmutableArray<string>.Empty;
        var unrepaired = ImmutableArray<RejectedTrade>.Empty;
        if (missing.Count > 0)
        {
            (repaired, unrepaired) = await Repair(adapter, run, missing, start, end);
        }

        return new DayReconciliation(
            day, expected.Count, receivedCount, [.. missing.Select(l => l.PlatformOrderId).Order(StringComparer.Ordinal)], repaired, refused, extra, unrepaired);
    }

    /// <summary>
    /// Re-pulls the modified-time windows the missing orders lie in (the same paging and import as a
    /// pull, without moving the checkpoint); whatever is still missing is then read by id.
    /// </summary>
    private async Task<(ImmutableArray<string> Repaired, ImmutableArray<RejectedTrade> Unrepaired)> Repair(
        IPlatformAdapter adapter, PullRun run, IReadOnlyList<PlatformListing> missing, DateTimeOffset start, DateTimeOffset end)
    {
        var (channel, shop) = (Key.Channel.Code(), Key.Shop);
        var cap = adapter.Rules.MaxWindow < TimeSpan.FromHours(1) ? adapter.Rules.MaxWindow : TimeSpan.FromHours(1);
        foreach (var window in ReconciliationSchedule.RepairWindows(missing.Select(m => m.ModifiedAt), cap))
        {
            await PullWindow(adapter, window, run);
        }

        var afterWindows = (await received.CreatedBetween(channel, shop, start, end)).ToDictionary(o => o.PlatformOrderId, StringComparer.Ordinal);
        var byId = new List<ReceivedOrder>();
        foreach (var listing in missing.Where(m => afterWindows.GetValueOrDefault(m.PlatformOrderId)?.Outcome != ReceivedOutcome.Recorded))
        {
            byId.Add(await Import(adapter, run, listing));
        }

        await received.Record(channel, shop, byId);
        var outcomes = new Dictionary<string, ReceivedOrder>(afterWindows, StringComparer.Ordinal);
        foreach (var order in byId)
        {
            outcomes[order.PlatformOrderId] = order;
        }

        var repaired = missing.Where(m => outcomes.GetValueOrDefault(m.PlatformOrderId)?.Outcome == ReceivedOutcome.Recorded)
            .Select(m => m.PlatformOrderId).Order(StringComparer.Ordinal).ToImmutableArray();
        var unrepaired = missing.Where(m => outcomes.GetValueOrDefault(m.PlatformOrderId)?.Outcome != ReceivedOutcome.Recorded)
            .Select(m => new RejectedTrade(m.PlatformOrderId, outcomes.GetValueOrDefault(m.PlatformOrderId)?.Detail ?? "not found by the re-pull"))
            .ToImmutableArray();
        return (repaired, unrepaired);
    }
}
