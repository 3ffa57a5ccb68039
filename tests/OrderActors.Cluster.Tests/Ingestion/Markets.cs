using System.Globalization;
using OrderActors.Simulators;
using OrderActors.Simulators.Douyin;
using OrderActors.Simulators.Jd;
using OrderActors.Simulators.Pdd;
using OrderActors.Simulators.Top;

namespace OrderActors.Cluster.Tests.Ingestion;

/// <summary>Where a scenario order is on its platform, in words every platform can say.</summary>
internal enum MarketStatus
{
    AwaitingPayment,
    Paid,
    Shipped,
    Cancelled,
}

/// <summary>One order of the scenario as the seller's platform holds it (times whole seconds, as the platforms send them).</summary>
internal sealed class MarketOrder(string shop, long number, string sku, int quantity, long priceFen, MarketAddress address, DateTimeOffset created)
{
    public string Shop { get; } = shop;

    public long Number { get; } = number;

    public string Sku { get; } = sku;

    public int Quantity { get; } = quantity;

    public long PriceFen { get; } = priceFen;

    public MarketAddress Address { get; } = address;

    public DateTimeOffset Created { get; } = created;

    public DateTimeOffset Modified { get; set; } = created;

    public DateTimeOffset? PaidAt { get; set; }

    public MarketStatus Status { get; set; }

    public DateTimeOffset? VisibleAt { get; set; }

    /// <summary>Paid at some point: the system must hold it.</summary>
    public bool Expected => PaidAt is not null;
}

internal sealed record MarketAddress(string Province, string City, string District, string Street);

/// <summary>A marketplace in the scenario: what it sells through its simulator, in that platform's own shapes and codes.</summary>
internal abstract class Market(string channel, SimulatorState state)
{
    public string Channel { get; } = channel;

    public SimulatorState State { get; } = state;

    /// <summary>Whether the platform lists orders before they are paid (JD and Pinduoduo list paid orders only).</summary>
    public abstract bool ListsUnpaid { get; }

    /// <summary>The platform order id the connector will see.</summary>
    public abstract string PlatformId(MarketOrder order);

    /// <summary>Puts the order's current state on the platform.</summary>
    public abstract void Put(MarketOrder order);

    protected static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}

internal sealed class TaobaoMarket(TopSimulatorState state) : Market("taobao", state)
{
    public override bool ListsUnpaid => true;

    public override string PlatformId(MarketOrder order) => Text(order.Number);

    public override void Put(MarketOrder order)
    {
        var status = order.Status switch
        {
            MarketStatus.AwaitingPayment => "WAIT_BUYER_PAY",
            MarketStatus.Paid => "WAIT_SELLER_SEND_GOODS",
            MarketStatus.Shipped => "WAIT_BUYER_CONFIRM_GOODS",
            _ => order.PaidAt is null ? "TRADE_CLOSED_BY_TAOBAO" : "TRADE_CLOSED",
        };
        var total = order.PriceFen * order.Quantity;
        var a = order.Address;
        state.UpsertTrades(order.Shop, [new SimTrade(
            order.Number, status, order.Created, order.Modified, order.PaidAt, total, total, 0, "buyer",
            new SimAddress("韩梅梅", "13900139000", a.Province, a.City, a.District, a.Street, "310000"),
            [new SimLine(order.Number * 10, 600001, null, order.Sku, order.Sku, "tea", order.Quantity, order.PriceFen, total, total, status)],
            order.VisibleAt)]);
    }
}

internal sealed class JdMarket(JdSimulatorState state) : Market("jd", state)
{
    public override bool ListsUnpaid => false;

    public override string PlatformId(MarketOrder order) => Text(order.Number);

    public override void Put(MarketOrder order)
    {
        var status = order.Status switch
        {
            MarketStatus.Paid => "WAIT_SELLER_STOCK_OUT",
            MarketStatus.Shipped => "WAIT_GOODS_RECEIVE_CONFIRM",
            MarketStatus.Cancelled => "TRADE_CANCELED",
            _ => throw new InvalidOperationException("JD lists paid orders only."),
        };
        var total = order.PriceFen * order.Quantity;
        var a = order.Address;
        state.UpsertOrders(order.Shop, [new SimJdOrder(
            order.Number, status, order.Created, order.Modified, order.PaidAt, total, total, total, 0, 0, "jd_buyer",
            new SimJdConsignee("张三", "13800138000", null, a.Province, a.City, a.District, null, a.Province + a.City + a.District + a.Street),
            [new SimJdItem(100000 + order.Number, order.Sku, "P", "tea", 2000001, order.PriceFen, order.Quantity)],
            VisibleAt: order.VisibleAt)]);
    }
}

internal sealed class PddMarket(PddSimulatorState state) : Market("pdd", state)
{
    public override bool ListsUnpaid => false;

    public override string PlatformId(MarketOrder order) => $"261109-{order.Number:D15}";

    public override void Put(MarketOrder order)
    {
        // Pinduoduo has no cancelled order status: a paid order is called off by a refund paid out in full.
        var (orderStatus, refundStatus) = order.Status switch
        {
            MarketStatus.Paid => (1, 1),
            MarketStatus.Shipped => (2, 1),
            MarketStatus.Cancelled => (1, 4),
            _ => throw new InvalidOperationException("Pinduoduo lists paid orders only."),
        };
        var total = order.PriceFen * order.Quantity;
        var a = order.Address;
        state.UpsertOrders(order.Shop, [new PddSimOrder(
            PlatformId(order), orderStatus, refundStatus, order.Created, order.PaidAt!.Value, order.Modified, order.PaidAt, total, total, 0, 0,
            new PddSimReceiver("韩梅梅", "13900139000", a.Province, a.City, a.District, a.Street),
            [new PddSimItem(300000, 900000 + order.Number, "tea", "250g", "TEA", order.Sku, order.Quantity, order.PriceFen)],
            VisibleAt: order.VisibleAt)]);
    }
}

internal sealed class DouyinMarket(DouyinSimulatorState state) : Market("douyin", state)
{
    public override bool ListsUnpaid => true;

    public override string PlatformId(MarketOrder order) => Text(6920000000000000000 + order.Number);

    public override void Put(MarketOrder order)
    {
        var status = order.Status switch
        {
            MarketStatus.AwaitingPayment => 1L,
            MarketStatus.Paid => 2L,
            MarketStatus.Shipped => 3L,
            _ => 4L,
        };
        var total = order.PriceFen * order.Quantity;
        var a = order.Address;
        var id = PlatformId(order);
        state.UpsertOrders(order.Shop, [new SimDouyinOrder(
            id, status, order.Created, order.Modified, order.PaidAt, total, total, 0,
            new SimDouyinAddress("韩梅梅", "13900139000", a.Province, a.City, a.District, "街道", a.Street),
            [new SimDouyinSkuOrder(id + "1", 3500000000000000001, 1700000000000000001, order.Sku, null, "tea", order.Quantity, order.PriceFen, total)],
            order.VisibleAt)]);
    }
}
