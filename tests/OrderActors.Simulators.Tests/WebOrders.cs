using OrderActors.Simulators.WebStore;

namespace OrderActors.Simulators.Tests;

internal static class WebOrders
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static readonly SimWebAddress Hangzhou = new("韩梅梅", "13900139000", "浙江省", "杭州市", "西湖区", "龙井路1号 3幢");

    public static SimWebOrder Paid(string id, DateTimeOffset updatedAt, string sku = "TEA-LONGJING-250G", int quantity = 1, long unitPriceFen = 16800) => new(
        Id: id,
        Status: "paid",
        CreatedAt: updatedAt.AddMinutes(-30),
        UpdatedAt: updatedAt,
        PaidAt: updatedAt.AddMinutes(-29),
        Lines: [new SimWebLine(sku, quantity, unitPriceFen, "龙井 250g")],
        ShippingAddress: Hangzhou);

    public static string Id(int n) => $"W{n:D5}";
}
