using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Douyin;
using OrderActors.Domain.Channels.Jd;
using OrderActors.Domain.Channels.Pinduoduo;
using OrderActors.Domain.Channels.Taobao;

namespace OrderActors.Domain.Tests.Channels;

public sealed class StatusMapTests
{
    [Theory]
    [InlineData("TRADE_NO_CREATE_PAY", PlatformOrderState.AwaitingPayment)]
    [InlineData("WAIT_BUYER_PAY", PlatformOrderState.AwaitingPayment)]
    [InlineData("PAY_PENDING", PlatformOrderState.AwaitingPayment)]
    [InlineData("WAIT_PRE_AUTH_CONFIRM", PlatformOrderState.AwaitingPayment)]
    [InlineData("WAIT_SELLER_SEND_GOODS", PlatformOrderState.Paid)]
    [InlineData("SELLER_CONSIGNED_PART", PlatformOrderState.PartiallyShipped)]
    [InlineData("WAIT_BUYER_CONFIRM_GOODS", PlatformOrderState.Shipped)]
    [InlineData("TRADE_BUYER_SIGNED", PlatformOrderState.Delivered)]
    [InlineData("TRADE_FINISHED", PlatformOrderState.Completed)]
    [InlineData("TRADE_CLOSED", PlatformOrderState.Closed)]
    [InlineData("TRADE_CLOSED_BY_TAOBAO", PlatformOrderState.Cancelled)]
    public void Taobao_trade_statuses_map_as_documented(string code, PlatformOrderState expected)
    {
        var status = TaobaoStatusMap.MapTrade(code);

        Assert.Equal(expected, status.State);
        Assert.Equal(code, status.RawCode);
    }

    [Theory]
    [InlineData("WAIT_SELLER_AGREE", PlatformRefundState.InProgress)]
    [InlineData("WAIT_BUYER_RETURN_GOODS", PlatformRefundState.InProgress)]
    [InlineData("WAIT_SELLER_CONFIRM_GOODS", PlatformRefundState.InProgress)]
    [InlineData("SELLER_REFUSE_BUYER", PlatformRefundState.InProgress)]
    [InlineData("CLOSED", PlatformRefundState.None)]
    [InlineData("SUCCESS", PlatformRefundState.Refunded)]
    [InlineData("NO_REFUND", PlatformRefundState.None)]
    [InlineData("", PlatformRefundState.None)]
    public void Taobao_refund_statuses_map_as_documented(string code, PlatformRefundState expected) =>
        Assert.Equal(expected, TaobaoStatusMap.MapRefund(code).State);

    [Theory]
    [InlineData("WAIT_SELLER_STOCK_OUT", PlatformOrderState.Paid)]
    [InlineData("WAIT_SELLER_DELIVERY", PlatformOrderState.Paid)]
    [InlineData("WAIT_GOODS_RECEIVE_CONFIRM", PlatformOrderState.Shipped)]
    [InlineData("FINISHED_L", PlatformOrderState.Completed)]
    [InlineData("TRADE_CANCELED", PlatformOrderState.Cancelled)]
    [InlineData("LOCKED", PlatformOrderState.OnHold)]
    [InlineData("PAUSE", PlatformOrderState.OnHold)]
    [InlineData("POP_ORDER_PAUSE", PlatformOrderState.OnHold)]
    public void Jd_order_states_map_as_documented(string code, PlatformOrderState expected) =>
        Assert.Equal(expected, JdStatusMap.MapOrderState(code).State);

    [Theory]
    [InlineData(1, PlatformOrderState.Paid)]
    [InlineData(2, PlatformOrderState.Shipped)]
    [InlineData(3, PlatformOrderState.Delivered)]
    public void Pinduoduo_order_status_is_the_shipping_state(int code, PlatformOrderState expected) =>
        Assert.Equal(expected, PddStatusMap.MapOrderStatus(code).State);

    [Theory]
    [InlineData(1, PlatformRefundState.None)]
    [InlineData(2, PlatformRefundState.InProgress)]
    [InlineData(3, PlatformRefundState.InProgress)]
    [InlineData(4, PlatformRefundState.Refunded)]
    public void Pinduoduo_refund_status_maps_as_documented(int code, PlatformRefundState expected) =>
        Assert.Equal(expected, PddStatusMap.MapRefundStatus(code).State);

    [Theory]
    [InlineData(1, PlatformOrderState.AwaitingPayment)]
    [InlineData(105, PlatformOrderState.Paid)]
    [InlineData(2, PlatformOrderState.Paid)]
    [InlineData(101, PlatformOrderState.PartiallyShipped)]
    [InlineData(3, PlatformOrderState.Shipped)]
    [InlineData(4, PlatformOrderState.Cancelled)]
    [InlineData(5, PlatformOrderState.Completed)]
    public void Douyin_order_status_maps_as_documented(long code, PlatformOrderState expected) =>
        Assert.Equal(expected, DouyinStatusMap.MapOrderStatus(code).State);

    [Fact]
    public void Unknown_codes_map_to_Unknown_and_keep_the_raw_value_without_throwing()
    {
        Assert.Equal(new PlatformStatus(PlatformOrderState.Unknown, "PAID_FORBID_CONSIGN"), TaobaoStatusMap.MapTrade("PAID_FORBID_CONSIGN"));
        Assert.Equal(new PlatformStatus(PlatformOrderState.Unknown, "wait_seller_stock_out"), JdStatusMap.MapOrderState("wait_seller_stock_out"));
        Assert.Equal(new PlatformStatus(PlatformOrderState.Unknown, "5"), PddStatusMap.MapOrderStatus(5));
        Assert.Equal(new PlatformStatus(PlatformOrderState.Unknown, "106"), DouyinStatusMap.MapOrderStatus(106));
        Assert.Equal(new PlatformRefundStatus(PlatformRefundState.Unknown, "9"), PddStatusMap.MapRefundStatus(9));
        Assert.Equal(new PlatformStatus(PlatformOrderState.Unknown, string.Empty), TaobaoStatusMap.MapTrade(null));
        Assert.False(TaobaoStatusMap.MapTrade("  ").IsKnown);
    }

    [Fact]
    public void An_open_refund_on_a_paid_Pinduoduo_order_means_refund_requested()
    {
        var effective = PlatformStatusRules.Effective(PddStatusMap.MapOrderStatus(1), PddStatusMap.MapRefundStatus(3));

        Assert.Equal(PlatformOrderState.RefundRequested, effective);
    }

    [Theory]
    [InlineData(1, 1, 0, PlatformOrderState.Paid)]
    [InlineData(1, 1, 1, PlatformOrderState.OnHold)]
    [InlineData(1, 2, 1, PlatformOrderState.RefundRequested)]
    [InlineData(2, 1, 1, PlatformOrderState.Shipped)]
    [InlineData(3, 4, 0, PlatformOrderState.Refunded)]
    [InlineData(9, 1, 0, PlatformOrderState.Unknown)]
    public void A_Pinduoduo_order_under_risk_review_is_held_only_while_it_awaits_shipment(int order, int refund, int risk, PlatformOrderState expected) =>
        Assert.Equal(expected, PddStatusMap.Effective(order, refund, risk));

    [Fact]
    public void A_paid_out_refund_on_a_shipped_order_means_refunded()
    {
        var effective = PlatformStatusRules.Effective(PddStatusMap.MapOrderStatus(2), PddStatusMap.MapRefundStatus(4));

        Assert.Equal(PlatformOrderState.Refunded, effective);
    }

    [Fact]
    public void A_closed_refund_leaves_the_order_state_alone()
    {
        var effective = PlatformStatusRules.Effective(TaobaoStatusMap.MapTrade("WAIT_SELLER_SEND_GOODS"), TaobaoStatusMap.MapRefund("CLOSED"));

        Assert.Equal(PlatformOrderState.Paid, effective);
    }

    [Fact]
    public void A_refund_never_hides_a_terminal_or_unknown_order_state()
    {
        Assert.Equal(PlatformOrderState.Completed,
            PlatformStatusRules.Effective(TaobaoStatusMap.MapTrade("TRADE_FINISHED"), TaobaoStatusMap.MapRefund("WAIT_SELLER_AGREE")));
        Assert.Equal(PlatformOrderState.Unknown,
            PlatformStatusRules.Effective(TaobaoStatusMap.MapTrade("SOMETHING_NEW"), TaobaoStatusMap.MapRefund("SUCCESS")));
    }
}
