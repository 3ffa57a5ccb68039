using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Douyin;

namespace OrderActors.Domain.Tests.Channels;

/// <summary>The Douyin tables beyond the shared ones: after-sale states, line combination, and the error codes added from the platform's code table.</summary>
public sealed class DouyinRulesTests
{
    [Theory]
    [InlineData(0, 0, PlatformRefundState.None)]
    [InlineData(6, 1, PlatformRefundState.InProgress)]
    [InlineData(7, 1, PlatformRefundState.InProgress)]
    [InlineData(11, 1, PlatformRefundState.InProgress)]
    [InlineData(27, 1, PlatformRefundState.InProgress)]
    [InlineData(29, 1, PlatformRefundState.InProgress)]
    [InlineData(13, 0, PlatformRefundState.InProgress)]
    [InlineData(12, 3, PlatformRefundState.Refunded)]
    [InlineData(12, 0, PlatformRefundState.None)]
    [InlineData(51, 3, PlatformRefundState.Refunded)]
    [InlineData(53, 0, PlatformRefundState.Refunded)]
    [InlineData(14, 0, PlatformRefundState.None)]
    [InlineData(99, 1, PlatformRefundState.Unknown)]
    public void After_sale_status_maps_with_refund_status_3_meaning_the_money_went_back(long afterSale, long refund, PlatformRefundState expected) =>
        Assert.Equal(expected, DouyinStatusMap.MapAfterSale(afterSale, refund).State);

    [Fact]
    public void A_withdrawn_after_sale_is_no_refund_although_refund_status_still_says_pending()
    {
        // Documented: the buyer withdrawing leaves after_sale_status=28 with refund_status=1.
        var withdrawn = DouyinStatusMap.MapAfterSale(28, 1);

        Assert.Equal(new PlatformRefundStatus(PlatformRefundState.None, "28"), withdrawn);
        Assert.Equal(PlatformOrderState.Paid, PlatformStatusRules.Effective(DouyinStatusMap.MapOrderStatus(2), withdrawn));
    }

    [Fact]
    public void Lines_combine_open_first_then_unknown_then_refunded_only_when_every_line_was()
    {
        var none = DouyinStatusMap.MapAfterSale(0, 0);
        var open = DouyinStatusMap.MapAfterSale(6, 1);
        var refunded = DouyinStatusMap.MapAfterSale(12, 3);
        var strange = DouyinStatusMap.MapAfterSale(99, 0);

        Assert.Equal(PlatformRefundState.InProgress, DouyinStatusMap.CombineLines([none, refunded, open]).State);
        Assert.Equal(PlatformRefundState.Unknown, DouyinStatusMap.CombineLines([none, strange]).State);
        Assert.Equal(PlatformRefundState.None, DouyinStatusMap.CombineLines([none, refunded]).State);
        Assert.Equal(PlatformRefundState.Refunded, DouyinStatusMap.CombineLines([refunded, refunded]).State);
        Assert.Equal(PlatformRefundStatus.NoRefund, DouyinStatusMap.CombineLines([]));
    }

    [Fact]
    public void A_refund_outranks_a_live_order_status_but_never_a_cancelled_one()
    {
        var open = DouyinStatusMap.MapAfterSale(6, 1);

        Assert.Equal(PlatformOrderState.RefundRequested, PlatformStatusRules.Effective(DouyinStatusMap.MapOrderStatus(2), open));
        Assert.Equal(PlatformOrderState.Refunded, PlatformStatusRules.Effective(DouyinStatusMap.MapOrderStatus(3), DouyinStatusMap.MapAfterSale(12, 3)));
        Assert.Equal(PlatformOrderState.Cancelled, PlatformStatusRules.Effective(DouyinStatusMap.MapOrderStatus(4), open));
    }

    [Theory]
    [InlineData("60000", "isv.traffic-limited", PlatformErrorClass.Retryable)]
    [InlineData("20000", "dop.service-error", PlatformErrorClass.Retryable)]
    [InlineData("40003", "isv.access-token-no-existed", PlatformErrorClass.AuthExpired)]
    [InlineData("40003", "isv.access-token-invalid", PlatformErrorClass.Permanent)]
    [InlineData("40001", "isv.access-token-missing", PlatformErrorClass.Permanent)]
    [InlineData("40003", "isv.timestamp-invalid", PlatformErrorClass.Permanent)]
    [InlineData("40004", "isv.parameter-invalid", PlatformErrorClass.Permanent)]
    [InlineData("40004", null, PlatformErrorClass.Permanent)]
    [InlineData("30001", null, PlatformErrorClass.Permanent)]
    [InlineData("30001", "dop.authorization-closed", PlatformErrorClass.AuthExpired)]
    [InlineData("50001", "dop.token-generate-failed:token-expired", PlatformErrorClass.AuthExpired)]
    [InlineData("50001", "dop.token-generate-failed:token-invalid", PlatformErrorClass.AuthExpired)]
    [InlineData("50001", "dop.token-generate-failed:app-secret-invalid", PlatformErrorClass.Permanent)]
    [InlineData("50001", null, PlatformErrorClass.Unclassified)]
    [InlineData("70000", "isp.api-service-off", PlatformErrorClass.Permanent)]
    [InlineData("90000", "dop.unknown-error", PlatformErrorClass.Unclassified)]
    public void Error_codes_from_the_platform_code_table(string code, string? subCode, PlatformErrorClass expected) =>
        Assert.Equal(expected, DouyinErrorClassifier.Classify(new PlatformError(code, subCode)));
}
