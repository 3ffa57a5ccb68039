using System.Collections.Frozen;

namespace OrderActors.Domain.Channels.WebStore;

/// <summary>
/// The own web store has no platform of its own, so its status codes are ours: a small documented
/// set (docs/csv-import.md) for orders a store exports from its shop software. Codes are exact,
/// upper case; anything else is Unknown.
/// </summary>
public static class WebStoreStatusMap
{
    public static IReadOnlyDictionary<string, PlatformOrderState> OrderStatuses { get; } =
        new Dictionary<string, PlatformOrderState>(StringComparer.Ordinal)
        {
            ["AWAITING_PAYMENT"] = PlatformOrderState.AwaitingPayment,
            ["PAID"] = PlatformOrderState.Paid,
            ["SHIPPED"] = PlatformOrderState.Shipped,
            ["DELIVERED"] = PlatformOrderState.Delivered,
            ["COMPLETED"] = PlatformOrderState.Completed,
            ["CANCELLED"] = PlatformOrderState.Cancelled,
            ["REFUNDED"] = PlatformOrderState.Refunded,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static PlatformStatus MapOrderStatus(string? status) => PlatformStatus.From(OrderStatuses, status);
}
