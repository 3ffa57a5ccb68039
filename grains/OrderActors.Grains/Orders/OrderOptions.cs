namespace OrderActors.Grains.Orders;

/// <summary>Order settings, from "OrderActors:Orders".</summary>
public sealed class OrderOptions
{
    public const string Section = "OrderActors:Orders";

    /// <summary>
    /// Minutes an order or tracking grain stays in memory without a call (Orleans' collection age for the two types, a
    /// compile-time attribute): long enough for a submit's follow-ups, short enough that a flash sale's orders do not pile up.
    /// </summary>
    public const int IdleLifetimeMinutes = 5;

    /// <summary>How long an unpaid order holds its stock before it is cancelled (Taobao-style 拍下减库存).</summary>
    public TimeSpan PaymentTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long one electronic waybill request may take before it counts as failed and is retried.</summary>
    public TimeSpan CarrierCallTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a failed waybill request is retried (reminders: one minute at least).</summary>
    public TimeSpan WaybillRetryEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts before the order stops asking and waits for a waybill bound by hand.</summary>
    public int WaybillAttempts { get; set; } = 30;
}
