using OrderActors.Domain.Routing;
using static OrderActors.Domain.Tests.Routing.Network;

namespace OrderActors.Domain.Tests.Routing;

public sealed class RoutingEngineTests
{
    private static readonly RuleSet Rules = RuleSet.Default;

    [Fact]
    public void A_Beijing_customer_is_served_from_Beijing_not_Guangzhou()
    {
        var stock = Stock(("BJ1", "TEA", 5), ("GZ1", "TEA", 500));

        var decision = RoutingEngine.Decide(Order(Beijing, ("TEA", 1)), Rules, All, stock);

        Assert.Equal("BJ1", decision.Plan!.Packages.Single().Warehouse);
        Assert.Equal(PlanKind.SingleWarehouse, decision.Plan.Kind);
    }

    [Fact]
    public void A_warehouse_with_stock_is_not_passed_over_when_the_nearest_has_none()
    {
        var decision = RoutingEngine.Decide(Order(Beijing, ("TEA", 1)), Rules, All, Stock(("GZ1", "TEA", 2)));

        Assert.Equal("GZ1", decision.Plan!.Packages.Single().Warehouse);
        var beijing = decision.Candidates.Single(c => c.Warehouse == "BJ1");
        Assert.Equal("1 needed, 0 available", beijing.Shortfalls["TEA"]);
    }

    [Fact]
    public void A_Hangzhou_order_goes_to_Shanghai_when_Zhejiang_is_in_its_service_area()
    {
        var rules = Rules.WithServiceAreas(("SH1", ["310000", "330000", "320000"]));
        var stock = Stock(("SH1", "TEA", 10), ("CD1", "TEA", 10), ("GZ1", "TEA", 10));

        var decision = RoutingEngine.Decide(Order(Hangzhou, ("TEA", 1)), rules, All, stock);

        Assert.Equal("SH1", decision.Plan!.Packages.Single().Warehouse);
        Assert.Equal(800, decision.Plan.TotalCostFen);
        Assert.Equal(1, decision.Plan.Days);
    }

    [Fact]
    public void Without_Zhejiang_in_its_service_area_Shanghai_is_excluded_and_the_decision_says_why()
    {
        var rules = Rules.WithServiceAreas(("SH1", ["310000", "320000"]));
        var stock = Stock(("SH1", "TEA", 10), ("CD1", "TEA", 10));

        var decision = RoutingEngine.Decide(Order(Hangzhou, ("TEA", 1)), rules, All, stock);

        Assert.Equal("CD1", decision.Plan!.Packages.Single().Warehouse);
        var shanghai = decision.Candidates.Single(c => c.Warehouse == "SH1");
        Assert.False(shanghai.Eligible);
        Assert.Contains("outside its service area", shanghai.Exclusions.Single());
    }

    [Fact]
    public void The_criteria_order_decides_cost_first_rules_pick_the_cheaper_warehouse_speed_first_rules_the_faster()
    {
        // For Hangzhou, Guangzhou costs 1000 and takes 2 days; Beijing costs 1300 and takes 3 days; Chengdu 1500 and 3.
        var stock = Stock(("GZ1", "TEA", 10), ("CD1", "TEA", 10), ("BJ1", "TEA", 10));
        var cheapest = Rules with { Criteria = [RoutingCriterion.LowestCost] };
        var fastest = Rules with { Criteria = [RoutingCriterion.FastestDelivery, RoutingCriterion.WarehousePriority] };
        var mostStock = Rules with { Criteria = [RoutingCriterion.MostStock] };

        Assert.Equal("GZ1", RoutingEngine.Decide(Order(Hangzhou, ("TEA", 1)), cheapest, All, stock).Plan!.Packages[0].Warehouse);
        Assert.Equal("GZ1", RoutingEngine.Decide(Order(Hangzhou, ("TEA", 1)), fastest, All, stock).Plan!.Packages[0].Warehouse);
        Assert.Equal("BJ1", RoutingEngine.Decide(Order(Hangzhou, ("TEA", 1)), mostStock, All, Stock(("GZ1", "TEA", 10), ("BJ1", "TEA", 90))).Plan!.Packages[0].Warehouse);
    }

    [Fact]
    public void Shipping_cost_follows_the_tariff_first_kilogram_then_each_further_kilogram()
    {
        var rate = new ShippingRate(800, 300);

        Assert.Equal(800, rate.CostFen(1));
        Assert.Equal(800, rate.CostFen(1000));
        Assert.Equal(1100, rate.CostFen(1001));
        Assert.Equal(1700, rate.CostFen(3500));
    }

    [Fact]
    public void When_no_warehouse_has_everything_the_order_splits_over_the_fewest_warehouses()
    {
        var stock = Stock(("SH1", "TEA", 5), ("CD1", "MUG", 5), ("GZ1", "MUG", 5));

        var decision = RoutingEngine.Decide(Order(Hangzhou, ("TEA", 1), ("MUG", 1)), Rules, All, stock);

        Assert.Equal(PlanKind.Split, decision.Plan!.Kind);
        Assert.Equal(["SH1", "GZ1"], decision.Plan.Packages.Select(p => p.Warehouse).Order().Reverse());
        Assert.Equal(800 + 1000, decision.Plan.TotalCostFen);
    }

    [Fact]
    public void The_package_limit_makes_an_order_that_needs_a_split_unservable_with_the_reasons()
    {
        var stock = Stock(("SH1", "TEA", 5), ("GZ1", "MUG", 5));

        var decision = RoutingEngine.Decide(Order(Hangzhou, ("TEA", 1), ("MUG", 1)), Rules with { MaxPackages = 1 }, All, stock);

        Assert.False(decision.Servable);
        Assert.Contains("SH1: MUG 1 needed, 0 available", decision.Unservable);
        Assert.Contains("at most 1 packages", decision.Unservable);
    }

    [Fact]
    public void A_transfer_reserves_in_the_warehouse_that_has_the_stock_and_ships_from_the_best_one()
    {
        var stock = Stock(("SH1", "TEA", 5), ("CD1", "MUG", 5));
        var rules = Rules.WithServiceAreas(("CD1", ["510000"])) with { MaxPackages = 1, AllowTransfer = true, TransferDays = 2 };

        var decision = RoutingEngine.Decide(Order(Hangzhou, ("TEA", 1), ("MUG", 2)), rules, All, stock);

        Assert.Equal(PlanKind.Transfer, decision.Plan!.Kind);
        var package = decision.Plan.Packages.Single();
        Assert.Equal("SH1", package.Warehouse);
        Assert.Equal(new TransferLeg("MUG", 2, "CD1"), package.Transfers.Single());
        Assert.Equal(1 + 2, package.Days);
        Assert.Equal([("SH1", "TEA", 1), ("CD1", "MUG", 2)], decision.Plan.Reservations);
    }

    [Fact]
    public void Frozen_cells_and_safety_stock_are_hard_filters_with_their_own_reasons()
    {
        CellAvailability Cell(string warehouse, string sku) => warehouse switch
        {
            "SH1" => new CellAvailability(OnHand: 10, Reserved: 0, SafetyStock: 0, Frozen: true),
            "GZ1" => new CellAvailability(OnHand: 10, Reserved: 6, SafetyStock: 3, Frozen: false),
            _ => CellAvailability.None,
        };

        var decision = RoutingEngine.Decide(Order(Hangzhou, ("TEA", 2)), Rules, All, Cell);

        Assert.False(decision.Servable);
        Assert.Equal("stock cell frozen", decision.Candidates.Single(c => c.Warehouse == "SH1").Shortfalls["TEA"]);
        Assert.Contains("below safety stock 3", decision.Candidates.Single(c => c.Warehouse == "GZ1").Shortfalls["TEA"]);
        Assert.Equal("SH1", RoutingEngine.Decide(Order(Hangzhou, ("TEA", 2)), Rules with { FrozenCellFilter = false }, All, Cell).Plan!.Packages[0].Warehouse);
    }

    [Fact]
    public void Network_wide_mode_widens_service_areas_and_puts_cost_last()
    {
        var rules = Rules.WithServiceAreas(("SH1", ["310000"]), ("CD1", ["510000"]), ("BJ1", ["110000"]), ("GZ1", ["440000"]));
        var stock = Stock(("GZ1", "TEA", 10));
        var order = Order(Lhasa, ("TEA", 1));

        var normal = RoutingEngine.Decide(order, rules, All, stock);
        var promotion = RoutingEngine.Decide(order with { NetworkWide = true }, rules, All, stock);

        Assert.False(normal.Servable);
        Assert.Equal("GZ1", promotion.Plan!.Packages.Single().Warehouse);
        Assert.Equal(RoutingCriterion.LowestCost, promotion.Criteria[^1]);
    }

    [Fact]
    public void Inactive_warehouses_are_never_chosen_and_the_decision_records_every_candidate_with_its_scores()
    {
        var warehouses = All.Select(w => w.Code == "SH1" ? w with { Active = false } : w).ToList();

        var decision = RoutingEngine.Decide(Order(Hangzhou, ("TEA", 1)), Rules, warehouses, Stock(("SH1", "TEA", 9), ("GZ1", "TEA", 9)));

        Assert.Equal("GZ1", decision.Plan!.Packages[0].Warehouse);
        Assert.Equal(4, decision.Candidates.Count);
        Assert.Equal(["inactive"], decision.Candidates.Single(c => c.Warehouse == "SH1").Exclusions);
        Assert.All(decision.Candidates, c => Assert.Equal(Rules.Criteria, c.Scores.Select(s => s.Criterion)));
    }

    [Fact]
    public void Malformed_rule_sets_are_described_not_accepted()
    {
        var bad = Rules with { Criteria = [], MaxPackages = 9 };
        var emptyArea = Rules.WithServiceAreas(("SH1", []));

        Assert.Equal(2, bad.Problems().Count);
        Assert.Contains("serviceAreas.SH1", emptyArea.Problems().Single());
        Assert.Empty(Rules.Problems());
    }
}

public sealed class NearestCriterionTests
{
    [Fact]
    public void When_cost_and_days_tie_the_nearest_warehouse_wins_over_the_one_with_more_stock()
    {
        // Qingdao: Beijing is ~550 km away, Chengdu ~1,600 km; same tariff and days from both.
        var qingdao = new Destination("370000", "370200");
        var stock = Network.Stock(("BJ1", "TEA", 5), ("CD1", "TEA", 500));
        var bj = Network.Warehouse("BJ1", "110000", "110100");
        var cd = Network.Warehouse("CD1", "510000", "510100");

        var decision = RoutingEngine.Decide(Network.Order(qingdao, ("TEA", 1)), RuleSet.Default, [bj, cd], stock);

        Assert.Equal("BJ1", decision.Plan!.Packages.Single().Warehouse);
        var distance = decision.Candidates.Single(c => c.Warehouse == "BJ1").Scores.Single(s => s.Criterion == RoutingCriterion.Nearest).Value;
        Assert.InRange(distance, 450, 650);
    }

    [Fact]
    public void A_destination_known_only_by_province_is_measured_from_its_capital()
    {
        Assert.Equal("330100", OrderActors.Domain.Geography.Regions.Locate(null, "330000")!.Code);
        Assert.Equal("330200", OrderActors.Domain.Geography.Regions.Locate("330200", "330000")!.Code);
        Assert.Null(OrderActors.Domain.Geography.Regions.Locate(null, "990000"));
    }
}
