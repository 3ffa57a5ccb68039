using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Import;

namespace OrderActors.Domain.Tests.Channels.Import;

public sealed class ImportStatusMapTests
{
    [Fact]
    public void Every_sales_channel_has_a_status_table()
    {
        Assert.Equal<string>(["douyin", "jd", "pdd", "taobao", "tmall", "web"], ImportStatusMap.Channels);
        Assert.All(ImportStatusMap.Channels, c => Assert.NotNull(ImportStatusMap.ForChannel(c)));
        Assert.Null(ImportStatusMap.ForChannel("ebay"));
    }

    [Theory]
    [InlineData("taobao", "WAIT_SELLER_SEND_GOODS", PlatformOrderState.Paid)]
    [InlineData("tmall", "TRADE_CLOSED", PlatformOrderState.Closed)]
    [InlineData("jd", "WAIT_SELLER_STOCK_OUT", PlatformOrderState.Paid)]
    [InlineData("pdd", "1", PlatformOrderState.Paid)]
    [InlineData("douyin", "105", PlatformOrderState.Paid)]
    [InlineData("douyin", "4", PlatformOrderState.Cancelled)]
    [InlineData("web", "paid", PlatformOrderState.Paid)]
    [InlineData("web", "cancelled", PlatformOrderState.Cancelled)]
    [InlineData("web", "PAID", PlatformOrderState.Unknown)]
    [InlineData("jd", "WAIT_SELLER_SEND_GOODS", PlatformOrderState.Unknown)]
    public void Each_channel_reads_its_own_platform_codes(string channel, string code, PlatformOrderState state) =>
        Assert.Equal(state, ImportStatusMap.ForChannel(channel)!.MapStatus(code).State);

    [Fact]
    public void Only_Taobao_Tmall_and_Pinduoduo_know_refund_codes()
    {
        Assert.Equal(PlatformRefundState.InProgress, ImportStatusMap.ForChannel("pdd")!.MapRefund("2").State);
        Assert.Equal(PlatformRefundState.Refunded, ImportStatusMap.ForChannel("taobao")!.MapRefund("SUCCESS").State);
        Assert.Equal(PlatformRefundState.None, ImportStatusMap.ForChannel("jd")!.MapRefund(" ").State);
        Assert.Equal(PlatformRefundState.Unknown, ImportStatusMap.ForChannel("jd")!.MapRefund("1").State);
        Assert.False(ImportStatusMap.ForChannel("douyin")!.HasRefundStatus);
    }
}
