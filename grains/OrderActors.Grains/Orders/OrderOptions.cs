namespace OrderActors.Grains.Orders;

/// <summary>Order settings, from "OrderActors:Orders".</summary>
public sealed class OrderOptions
{
    public const string Section = "OrderActors:Orders";

    /// <summary>How long an unpaid order holds its stock before it is cancelled (Taobao-style 拍下减库存).</summary>
    public TimeSpan PaymentTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
