using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Cluster.Tests;

/// <summary>Builders for test orders.</summary>
internal static class Orders
{
    private static int _next;

    public static string NewId(string prefix = "t") => $"web:test-shop:{prefix}-{Interlocked.Increment(ref _next)}-{Guid.NewGuid():N}";

    public static SubmitOrder For(string sku, int quantity, string province = "440000", ShortfallPolicy onShortfall = ShortfallPolicy.Reject) =>
        new([new OrderLine(sku, quantity, 1999)], Address(province), DateTimeOffset.UtcNow, onShortfall);

    public static ShippingAddress Address(string province) =>
        new("Li Lei", "13800138000", province, "Test City", "Test District", "88 Test Road");
}
