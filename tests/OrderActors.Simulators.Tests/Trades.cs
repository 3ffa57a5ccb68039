using OrderActors.Simulators;
using OrderActors.Simulators.Top;

namespace OrderActors.Simulators.Tests;

internal static class Trades
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static SimTrade Paid(long tid, DateTimeOffset modified) => new(
        Tid: tid,
        Status: "WAIT_SELLER_SEND_GOODS",
        Created: modified.AddMinutes(-30),
        Modified: modified,
        PayTime: modified.AddMinutes(-29),
        PaymentFen: 16800 + tid,
        TotalFeeFen: 16800 + tid,
        PostFeeFen: 0,
        BuyerNick: $"buyer{tid}",
        Receiver: new SimAddress("韩梅梅", "13900139000", "浙江省", "杭州市", "西湖区", "龙井路1号", "310000"),
        Lines: [new SimLine(tid * 10, 6000001, "sku-1", "TEA", "TEA-LONGJING-250G", "龙井 250g", 1, 16800 + tid, 16800 + tid, 16800 + tid, "WAIT_SELLER_SEND_GOODS")]);
}
