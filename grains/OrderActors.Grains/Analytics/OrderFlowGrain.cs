using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;
using OrderActors.GrainInterfaces.Analytics;

namespace OrderActors.Grains.Analytics;

/// <summary>Reads the overview from PostgreSQL; the window ends at the business clock's now.</summary>
[StatelessWorker]
internal sealed class OrderFlowGrain(OrderFlowStore store, [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time) : Grain, IOrderFlowGrain
{
    async Task<OrderFlowOverview> IOrderFlowGrain.Overview(int minutes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minutes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minutes, OrderFlowOverview.MaxMinutes);
        var now = time.GetUtcNow();
        var from = now.AddMinutes(-minutes);
        var flow = store.Minutes(from, now);
        var backlog = await store.Backlog();
        return new OrderFlowOverview(
            from,
            now,
            await flow,
            [.. OrderFlowStore.OpenStatuses.Select(status => backlog.TryGetValue(status, out var step)
                ? new BacklogStep(status, step.Orders, step.Oldest, Math.Max(0, (now - step.Oldest).TotalSeconds))
                : new BacklogStep(status, 0, null, null))]);
    }
}
