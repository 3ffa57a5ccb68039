using OrderActors.Simulators.Douyin;

namespace OrderActors.Simulators.Tests;

internal static class DouyinOrders
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static readonly SimDouyinAddress Receiver = new("韩梅梅", "13900139000", "浙江省", "杭州市", "西湖区", "西溪街道", "龙井路1号 3幢");

    /// <summary>A shop order in 备货中 (2: paid, being prepared) with one line; ids are 19 digits like Douyin's.</summary>
    public static SimDouyinOrder Paid(long n, DateTimeOffset updated) => new(
        OrderId: Id(n),
        OrderStatus: 2,
        CreateTime: updated.AddMinutes(-30),
        UpdateTime: updated,
        PayTime: updated.AddMinutes(-29),
        OrderAmountFen: 16800 + n,
        PayAmountFen: 16800 + n,
        PostAmountFen: 0,
        Receiver: Receiver,
        Lines: [new SimDouyinSkuOrder(Id(n), 3500000000000000001, 1700000000000000001, "TEA-LONGJING-250G", null, "龙井 250g", 1, 16800 + n, 16800 + n)]);

    public static string Id(long n) => (6920000000000000000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
