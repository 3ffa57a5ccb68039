using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Tracking;
using OrderActors.Testing;
using Orleans.Core.Internal;
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

    [Fact]
    public async Task New_activations_load_the_order_without_counting_a_repair_and_only_what_one_then_misses_is_one()
    {
        var sku = $"TRK-{Guid.NewGuid():N}"[..20];
        await fixture.Stock(sku, "WH-GZ", 5);
        var id = Orders.NewId();
        var order = fixture.Client.GetGrain<IOrderGrain>(id);
        Assert.NotNull((await order.Submit(Orders.For(sku, 1))).Order);
        var tracking = fixture.Client.GetGrain<ITrackingGrain>(id);

        // Nobody reads yet, so only the stream activates the grain: once both versions are projected, both were delivered.
        await Eventually.Until(() => Projected(id), n => n == 2);

        // The grain stores nothing: the activation that heard versions 1 and 2 goes, and version 3 reaches a new one.
        await tracking.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        Assert.Null((await order.RecordOutboundScan($"scan-{id}", "packer")).Rejection);
        await Eventually.Until(() => Projected(id), n => n == 3);
        var loaded = await tracking.GetTimeline();
        Assert.Equal([OrderStatus.Paid, OrderStatus.Allocated, OrderStatus.Outbound], loaded.Steps.Select(s => s.Status));
        Assert.Equal(0, loaded.Repairs);

        // And a read that meets a new activation.
        await tracking.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var read = await tracking.GetTimeline();
        Assert.Equal(loaded.Steps.AsEnumerable(), read.Steps.AsEnumerable());
        Assert.Equal(0, read.Repairs);

        // From here this activation knows versions 1 to 3: an event two ahead means versions lost on the way.
        var current = (await order.Get())!;
        await fixture.Client.GetStreamProvider(OrleansNames.StreamProvider)
            .GetStream<OrderStatusChanged>(StreamId.Create(OrleansNames.OrderStatusNamespace, id))
            .OnNextAsync(new OrderStatusChanged(id, 5, OrderStatus.Delivered, DateTimeOffset.UtcNow, current.Warehouse, null, []));

        var repaired = await Eventually.Until(tracking.GetTimeline, t => t.Repairs == 1);
        Assert.Equal((1, 1), (repaired.Repairs, repaired.RepairsOnGap));
        Assert.Equal(current.History.Select(h => (h.Version, h.Status)), repaired.Steps.Select(s => (s.Version, s.Status)));
    }

    private Task<long> Projected(string orderId) =>
        fixture.Database.Scalar<long>($"select count(*) from order_status_events where order_id = '{orderId}'");
}
