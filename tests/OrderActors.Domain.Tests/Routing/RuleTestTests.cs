using OrderActors.Domain.Routing;
using static OrderActors.Domain.Tests.Routing.Network;

namespace OrderActors.Domain.Tests.Routing;

public sealed class RuleTestTests
{
    [Fact]
    public void The_rule_test_flags_the_draft_that_drops_Zhejiang_from_the_Shanghai_service_area()
    {
        var active = RuleSet.Default.WithServiceAreas(("SH1", ["310000", "330000", "320000"]), ("CD1", ["510000"]), ("GZ1", ["440000"]), ("BJ1", ["110000"]));
        var draft = active.WithServiceAreas(("SH1", ["310000", "320000"]), ("CD1", ["510000"]), ("GZ1", ["440000"]), ("BJ1", ["110000"])) with { Version = 2 };
        var stock = Stock(("SH1", "TEA", 10), ("CD1", "TEA", 10));
        RoutingRequest[] orders = [Order(Hangzhou, ("TEA", 1)), Order(Hangzhou, ("TEA", 2)), Order(new Destination("310000", "310100"), ("TEA", 1))];

        var (comparisons, summary) = RuleTest.Run(orders, active, draft, All, stock);

        Assert.Equal(3, summary.Orders);
        Assert.Equal(2, summary.BecomeUnservable);
        Assert.Equal(2, summary.Changed);
        Assert.All(comparisons.Take(2), c =>
        {
            Assert.Equal("SH1", OrderComparison.Warehouses(c.Active));
            Assert.True(c.BecomesUnservable);
            Assert.Contains("SH1: destination 330100 is outside its service area", c.Draft.Unservable);
        });
        Assert.False(comparisons[2].Changed);
    }

    [Fact]
    public void The_rule_test_totals_cost_and_days_under_both_rule_sets()
    {
        var stock = Stock(("GZ1", "TEA", 10), ("BJ1", "TEA", 10));
        var byCost = RuleSet.Default with { Criteria = [RoutingCriterion.LowestCost] };
        var byPriority = RuleSet.Default with { Version = 2, Criteria = [RoutingCriterion.WarehousePriority] };
        var orders = Enumerable.Range(0, 4).Select(_ => Order(Hangzhou, ("TEA", 1))).ToArray();

        var (_, summary) = RuleTest.Run(orders, byCost, byPriority, All, stock);

        // Equal priorities fall back to the code: BJ1 (1300 fen, 3 days) instead of GZ1 (1000 fen, 2 days).
        Assert.Equal(4 * 1000, summary.ActiveCostFen);
        Assert.Equal(4 * 1300, summary.DraftCostFen);
        Assert.Equal((2.0, 3.0), (summary.ActiveAverageDays, summary.DraftAverageDays));
    }
}
