using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Cluster.Tests;

/// <summary>Builders for test orders.</summary>
internal static class Orders
{
    private static int _next;

    public static string NewId(string prefix = "t") => $"web:test-shop:{prefix}-{Interlocked.Increment(ref _next)}-{Guid.NewGuid():N}";

    public static SubmitOrder For(string sku, int quantity, string province = "440000", ShortfallPolicy onShortfall = ShortfallPolicy.Reject, string? city = null) =>
        new([new OrderLine(sku, quantity, 1999)], Address(province, city), DateTimeOffset.UtcNow, onShortfall);

    /// <summary>An address in the province's capital unless a city is given.</summary>
    public static ShippingAddress Address(string province, string? city = null) =>
        new("Li Lei", "13800138000", province, city ?? Capital(province), "Test District", "88 Test Road");

    private static string Capital(string province) => province switch
    {
        "440000" or "广东" or "广东省" or "Guangdong" => "广州",
        "110000" or "Beijing" or "北京" => "北京",
        "310000" or "上海" or "Shanghai" => "上海",
        "330000" or "浙江" or "浙江省" => "杭州",
        "510000" or "四川" or "四川省" => "成都",
        _ => throw new ArgumentException($"No test city for province {province}; pass one.", nameof(province)),
    };
}
