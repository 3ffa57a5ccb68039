using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Tracking;
using OrderActors.Testing;
using Orleans.Runtime;

namespace OrderActors.Cluster.Tests.Tracking;

[Collection(ClusterCollection.Name)]
public sealed class TrackingTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Duplicates_are_dropped_and_a_gap_is_repaired_from_the_order_never_showing_a_status_it_did_not_reach()
    {
        var sku = $"TRK-{Guid.NewGuid():N}"[..20];
        await fixture.Stock(sku, "WH-GZ", 5);
        var id = Orders.NewId();
        var order = (await fixture.Client.GetGrain<IOrderGrain>(id).Submit(Orders.For(sku, 1))).Order!;
        var tracking = fixture.Client.GetGrain<ITrackingGrain>(id);
        await Eventually.Until(tracking.GetTimeline, t => t.Steps.Length == 2);

        var stream = fixture.Client.GetStreamProvider(OrleansNames.StreamProvider)
            .GetStream<OrderStatusChanged>(StreamId.Create(OrleansNames.OrderStatusNamespace, id));

        // At-least-once: the same event again.
        await stream.OnNextAsync(new OrderStatusChanged(id, 2, OrderStatus.Allocated, order.History[1].At, order.Warehouse, null, []));

        // A gap: version 4 arrives claiming Delivered, but the order is only Allocated (version 2).
        await stream.OnNextAsync(new OrderStatusChanged(id, 4, OrderStatus.Delivered, DateTimeOffset.UtcNow, order.Warehouse, null, []));

        var timeline = await Eventually.Until(tracking.GetTimeline, t => t.Repairs == 1);
        Assert.Equal(1, timeline.Repairs);
        Assert.Equal([OrderStatus.Paid, OrderStatus.Allocated], timeline.Steps.Select(s => s.Status));
        Assert.DoesNotContain(timeline.Steps, s => s.Status == OrderStatus.Delivered);
    }
}
