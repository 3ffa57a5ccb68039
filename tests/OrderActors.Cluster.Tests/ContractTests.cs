using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Routing;
using OrderActors.GrainInterfaces.Tracking;
using Orleans.Serialization;
using DomainStatus = OrderActors.Domain.Orders.OrderStatus;

namespace OrderActors.Cluster.Tests;

/// <summary>Guards the wire and storage contract: messages round-trip, and the contract's status mirrors the domain's.</summary>
public sealed class ContractTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(IOrderGrain).Assembly)).BuildServiceProvider().GetRequiredService<Serializer>();

    private static readonly DateTimeOffset At = new(2026, 11, 11, 0, 0, 1, TimeSpan.FromHours(8));

    public static TheoryData<object> Messages() => new()
    {
        new SubmitOrder([new OrderLine("SKU-1", 2, 1999)], new ShippingAddress("Li Lei", "13800138000", "330000", "Hangzhou", null, "1 West Lake Rd"), At, ShortfallPolicy.Backorder),
        new OrderStatusChanged("taobao:shop:1", 3, OrderStatus.Outbound, At, "WH-SH", null, []),
        new OrderStatusChanged("taobao:shop:1", 4, OrderStatus.Shipped, At, "WH-SH", "SF", ["awaiting-approval"]),
        new OrderStatusChanged("taobao:shop:1", 4, OrderStatus.Shipped, At, "WH-SH", "SF", []) { PhoneTail = "8000", WaybillNumber = "SF1", CreatedAt = At, PaidAt = At.AddMinutes(1) },
        new OrderSearchQuery("8000", OrderStatus.Allocated, "jd", "shop", At, At.AddDays(1), At, "jd:shop:9", 51),
        new OrderSearchHit("jd:shop:9", "jd", "shop", "9", OrderStatus.Shipped, 4, "WH-SH", "SF", "SF1", "8000", At, null, At, At.AddHours(2)),
        new AddNoteResult(AddNoteOutcome.Replayed, new OrderNote(7, "jd:shop:9", "r1", "call after 18:00", "key:crm", At)),
        new GrainInterfaces.Fulfilment.WarehouseEvent("evt-1", "WH-SH", GrainInterfaces.Fulfilment.WarehouseEventKind.Packed, At, "packer-1", "station-3", "stockout-at-pick"),
        new GrainInterfaces.Fulfilment.ShipmentNotice("jd:shop:9", "SF", "SF1234567890", At),
        new GrainInterfaces.Carriers.CarrierTrackingEvent("k1", At, GrainInterfaces.Carriers.ParcelState.OutForDelivery, "44", "杭州", "派件中"),
        new GrainInterfaces.Approvals.PendingApproval("jd:shop:9", "high-value", GrainInterfaces.Approvals.ApprovalStatus.Rejected, At, "WH-SH", "SF", "SF1", 99, "Wang Fang", At, "weigh again"),
        new GrainInterfaces.Approvals.ApprovalRules(2, [new GrainInterfaces.Approvals.ApprovalRuleView("all", null, "WH-SH", 100, ["Wang Fang"])], At, "ops", "peak"),
        new StockResult(StockChange.Refused, "InsufficientStock", "none left", new StockCellView("SKU-1", "WH-SH", 10, 2, 8, 0, 3)),
        new AllocationRequest("jd:shop:9", "310000", [new OrderLine("SKU-1", 1, 100)]),
        new AllocationResult([new PackageView("WH-BJ", [new RoutingLineView("SKU-1", 1, 500)], 1200, 2, [new TransferView("SKU-1", 1, "WH-SH")])], [new StockReservationView("WH-SH", "SKU-1", 1)], null),
        new RoutingDecisionView("jd:shop:9", At, 3, true, "Allocated", "330000", "330100", [new RoutingLineView("SKU-1", 1, 500)], ["SameCity", "LowestCost"],
            [new CandidateView("WH-SH", true, [], ImmutableDictionary<string, string>.Empty.Add("SKU-2", "1 needed, 0 available"), ImmutableDictionary<string, int>.Empty.Add("SKU-1", 4), 800, 1, [new CriterionScoreView("SameCity", 1)])],
            [], null),
        new RoutingRules(2, ["SameProvince"], true, true, 2, false, 2, ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("WH-SH", ["310000", "330000"]), At, "ops", "drop Jiangsu"),
        new TrackingTimeline("web:s:k", [new TrackingStep(1, OrderStatus.Paid, At)], 3, "SF", "SF1", [], RepairsOnGap: 1, RepairsOnCheck: 1, RepairsOnRead: 1),
        new TrackingLinkCreated("lnk", new string('t', 43), At, true, At),
        new PublicTracking(OrderStatus.Shipped, [new PublicTrackingStep(OrderStatus.Paid, At)], "SF", "SF1",
            [new PublicCarrierEvent(At, GrainInterfaces.Carriers.ParcelState.InTransit, "杭州市", "到达")], "杭州", "138****8000"),
        new GrainInterfaces.Analytics.StageReportQuery(At, At.AddDays(7), "WH-SH", "SF", "web", "carrier"),
        new GrainInterfaces.Analytics.StageReport(At, At.AddDays(7),
            [new GrainInterfaces.Analytics.StageStep("AllocatedToOutbound", OrderStatus.Allocated, OrderStatus.Outbound, 2, 1.5, 1, 2)],
            [new GrainInterfaces.Analytics.StageGroup("SF", [], null)], [new GrainInterfaces.Analytics.StageDelayReason("AllocatedToOutbound", "PICK_SHORT", 2)],
            "AllocatedToOutbound", "carrier"),
        new GrainInterfaces.Analytics.OrderFlowOverview(At, At.AddHours(1),
            [new GrainInterfaces.Analytics.OrderFlowMinute(At, "jd", OrderStatus.Paid, 3)],
            [new GrainInterfaces.Analytics.BacklogStep(OrderStatus.Allocated, 2, At, 60.5), new GrainInterfaces.Analytics.BacklogStep(OrderStatus.Outbound, 0, null, null)]),
        new GrainInterfaces.Channels.ShopKey("taobao", "flagship"),
        new GrainInterfaces.Catalog.SkuListEntry("TEA-1", null, At),
        new ImportReport("taobao", "shop", new string('a', 64), 3, 2, 1, 0, 0, 0, 0, 1,
            [new ImportLineError(3, "quantity", "Invalid", "'two' is not a quantity", "3001")], At, "ops", true, []),
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Messages_round_trip_through_the_Orleans_serializer(object message)
    {
        var copy = Serializer.Deserialize<object>(Serializer.SerializeToArray(message))!;

        Assert.Equal(message.GetType(), copy.GetType());
        Assert.Equal(Render(message), Render(copy));
    }

    [Fact]
    public void The_contract_status_mirrors_the_domain_status_name_for_name_and_value_for_value()
    {
        Assert.Equal(
            Enum.GetValues<DomainStatus>().Select(s => (s.ToString(), (int)s)),
            Enum.GetValues<OrderStatus>().Select(s => (s.ToString(), (int)s)));
    }

    // Records compare ImmutableArray by reference, so compare a rendering that expands them.
    private static string Render(object value) => System.Text.Json.JsonSerializer.Serialize(value, value.GetType());
}

public sealed class EmptyArrayTests
{
    [Fact]
    public void Empty_immutable_arrays_survive_the_Orleans_serializer_as_empty_not_default()
    {
        var serializer = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(IOrderGrain).Assembly)).BuildServiceProvider().GetRequiredService<Serializer>();
        var copy = serializer.Deserialize<AllocationResult>(serializer.SerializeToArray(new AllocationResult([], [], "none")))!;

        Assert.False(copy.Packages.IsDefault);
    }
}
