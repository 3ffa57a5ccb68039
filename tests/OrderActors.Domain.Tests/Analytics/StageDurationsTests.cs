using OrderActors.Domain.Analytics;
using OrderActors.Domain.Orders;
using static OrderActors.Domain.Tests.Analytics.StageEvents;

namespace OrderActors.Domain.Tests.Analytics;

public sealed class StageDurationsTests
{
    [Fact]
    public void Each_step_is_the_time_between_its_start_status_and_the_next_version_that_ends_it()
    {
        var durations = StageDurations.Of(Order("o1", "WH1", "SF",
            (OrderStatus.Paid, 0, []), (OrderStatus.Allocated, 60, []), (OrderStatus.Outbound, 3660, ["PICK_SHORT"]),
            (OrderStatus.Shipped, 4260, []), (OrderStatus.Delivered, 90660, ["WEATHER"])));

        Assert.Equal([Stage.PaidToAllocated, Stage.AllocatedToOutbound, Stage.OutboundToShipped, Stage.ShippedToDelivered], durations.Select(d => d.Stage));
        Assert.Equal([60d, 3600d, 600d, 86400d], durations.Select(d => d.Seconds));
        Assert.Equal(["PICK_SHORT"], durations[1].DelayReasons.ToArray());
        Assert.All(durations, d => Assert.Equal(("WH1", "SF"), (d.Warehouse, d.Carrier)));
    }

    [Fact]
    public void An_unpaid_order_counts_from_payment_and_a_missing_version_yields_no_figure_rather_than_a_wrong_one()
    {
        var events = Order("o2", "WH1", "SF",
            (OrderStatus.Created, 0, []), (OrderStatus.Paid, 100, []), (OrderStatus.Allocated, 130, []), (OrderStatus.Outbound, 1000, []),
            (OrderStatus.Shipped, 1500, []));
        events.RemoveAt(3);

        var durations = StageDurations.Of(events);

        Assert.Equal([(Stage.PaidToAllocated, 30d)], durations.Select(d => (d.Stage, d.Seconds)));
    }

    [Fact]
    public void A_rerouted_order_counts_its_last_allocation()
    {
        var durations = StageDurations.Of(Order("o3", "WH2", "SF",
            (OrderStatus.Paid, 0, []), (OrderStatus.Allocated, 10, []), (OrderStatus.Paid, 500, []), (OrderStatus.Allocated, 540, []),
            (OrderStatus.Outbound, 640, [])));

        Assert.Equal([(Stage.PaidToAllocated, 40d), (Stage.AllocatedToOutbound, 100d)], durations.Select(d => (d.Stage, d.Seconds)));
    }
}
