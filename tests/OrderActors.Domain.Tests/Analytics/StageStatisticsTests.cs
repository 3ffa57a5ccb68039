using OrderActors.Domain.Analytics;
using OrderActors.Domain.Orders;
using static OrderActors.Domain.Tests.Analytics.StageEvents;

namespace OrderActors.Domain.Tests.Analytics;

public sealed class StageStatisticsTests
{
    // Three orders; C is delivered after the period ends, so its last step is not counted.
    private static readonly StageDuration[] Durations =
    [
        .. StageDurations.Of(Order("A", "WH1", "SF",
            (OrderStatus.Paid, 0, []), (OrderStatus.Allocated, 60, []), (OrderStatus.Outbound, 3660, []),
            (OrderStatus.Shipped, 4260, []), (OrderStatus.Delivered, 90660, []))),
        .. StageDurations.Of(Order("B", "WH1", "ZTO",
            (OrderStatus.Paid, 0, []), (OrderStatus.Allocated, 120, []), (OrderStatus.Outbound, 7320, ["PICK_SHORT", "PICK_SHORT"]),
            (OrderStatus.Shipped, 7620, []), (OrderStatus.Delivered, 180420, ["WEATHER"]))),
        .. StageDurations.Of(Order("C", "WH2", "SF",
            (OrderStatus.Paid, 0, []), (OrderStatus.Allocated, 30, []), (OrderStatus.Outbound, 1830, ["PICK_SHORT"]),
            (OrderStatus.Shipped, 2730, ["NO_WAYBILL"]), (OrderStatus.Delivered, 900000, []))),
    ];

    private static readonly StageQuery Period = new(T0, T0.AddDays(3));

    [Fact]
    public void Totals_per_step_are_count_mean_and_nearest_rank_p50_and_p90_of_the_steps_that_ended_in_the_period()
    {
        var analysis = StageStatistics.Compute(Durations, Period);

        Assert.Equal(
            [
                new StageFigures(Stage.PaidToAllocated, 3, 70, 60, 120),
                new StageFigures(Stage.AllocatedToOutbound, 3, 4200, 3600, 7200),
                new StageFigures(Stage.OutboundToShipped, 3, 600, 600, 900),
                new StageFigures(Stage.ShippedToDelivered, 2, 129600, 86400, 172800),
            ],
            analysis.Steps);
        Assert.Equal(Stage.ShippedToDelivered, analysis.Bottleneck);
    }

    [Fact]
    public void Delay_reasons_count_each_order_once_per_step_most_frequent_first()
    {
        var analysis = StageStatistics.Compute(Durations, Period);

        Assert.Equal(
            [
                new DelayReasonCount(Stage.AllocatedToOutbound, "PICK_SHORT", 2),
                new DelayReasonCount(Stage.OutboundToShipped, "NO_WAYBILL", 1),
                new DelayReasonCount(Stage.ShippedToDelivered, "WEATHER", 1),
            ],
            analysis.TopDelayReasons);
    }

    [Fact]
    public void Groups_by_warehouse_carry_their_own_figures_and_bottleneck()
    {
        var analysis = StageStatistics.Compute(Durations, Period with { GroupBy = StageGrouping.Warehouse });

        Assert.Equal(["WH1", "WH2"], analysis.Groups.Select(g => g.Key));
        var wh2 = analysis.Groups[1];
        Assert.Equal(
            [
                new StageFigures(Stage.PaidToAllocated, 1, 30, 30, 30),
                new StageFigures(Stage.AllocatedToOutbound, 1, 1800, 1800, 1800),
                new StageFigures(Stage.OutboundToShipped, 1, 900, 900, 900),
                new StageFigures(Stage.ShippedToDelivered, 0, null, null, null),
            ],
            wh2.Steps);
        Assert.Equal(Stage.AllocatedToOutbound, wh2.Bottleneck);
        Assert.Equal(new StageFigures(Stage.PaidToAllocated, 2, 90, 60, 120), analysis.Groups[0].Steps[0]);
    }

    [Fact]
    public void Filters_keep_one_carrier_and_an_empty_selection_has_no_bottleneck()
    {
        var sf = StageStatistics.Compute(Durations, Period with { Carrier = "SF", GroupBy = StageGrouping.Carrier });
        Assert.Equal(["SF"], sf.Groups.Select(g => g.Key));
        Assert.Equal(new StageFigures(Stage.AllocatedToOutbound, 2, 2700, 1800, 3600), sf.Steps[1]);

        var none = StageStatistics.Compute(Durations, new StageQuery(T0.AddDays(30), T0.AddDays(31)));
        Assert.Null(none.Bottleneck);
        Assert.All(none.Steps, s => Assert.Equal(0, s.Count));
    }

    [Fact]
    public void Means_are_rounded_to_the_millisecond()
    {
        var thirds = StageDurations.Of(Order("X", "WH1", "SF", (OrderStatus.Paid, 0, []), (OrderStatus.Allocated, 1, [])))
            .Concat(StageDurations.Of(Order("Y", "WH1", "SF", (OrderStatus.Paid, 0, []), (OrderStatus.Allocated, 1, []))))
            .Concat(StageDurations.Of(Order("Z", "WH1", "SF", (OrderStatus.Paid, 0, []), (OrderStatus.Allocated, 2, []))));

        Assert.Equal(1.333, StageStatistics.Compute(thirds, Period).Steps[0].MeanSeconds);
    }
}
