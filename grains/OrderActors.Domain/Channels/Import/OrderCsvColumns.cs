using System.Collections.Immutable;

namespace OrderActors.Domain.Channels.Import;

/// <summary>
/// The columns of the order import template (docs/csv-import.md): one row per order line. Header
/// names are matched without regard to case or surrounding spaces, in any order; other columns are
/// ignored. Rows of the same order repeat the order-level cells, which must agree.
/// </summary>
public static class OrderCsvColumns
{
    public const string PlatformOrderId = "platform_order_id";
    public const string Status = "status";
    public const string RefundStatus = "refund_status";
    public const string ModifiedAt = "modified_at";
    public const string CreatedAt = "created_at";
    public const string PaidAt = "paid_at";
    public const string Sku = "sku";
    public const string Quantity = "quantity";
    public const string UnitPrice = "unit_price";
    public const string ReceiverName = "receiver_name";
    public const string ReceiverPhone = "receiver_phone";
    public const string Province = "province";
    public const string City = "city";
    public const string District = "district";
    public const string Address = "address";

    /// <summary>Every column the import reads, in the template's order.</summary>
    public static ImmutableArray<string> All { get; } =
    [
        PlatformOrderId, Status, RefundStatus, ModifiedAt, CreatedAt, PaidAt, Sku, Quantity, UnitPrice,
        ReceiverName, ReceiverPhone, Province, City, District, Address,
    ];

    /// <summary>Columns the header must have; the others (refund_status, paid_at, district) may be left out.</summary>
    public static ImmutableArray<string> Required { get; } =
    [
        PlatformOrderId, Status, ModifiedAt, CreatedAt, Sku, Quantity, UnitPrice,
        ReceiverName, ReceiverPhone, Province, City, Address,
    ];

    /// <summary>Cells that describe the order rather than the line: every row of one order must agree on them.</summary>
    public static ImmutableArray<string> OrderLevel { get; } =
    [
        Status, RefundStatus, ModifiedAt, CreatedAt, PaidAt, ReceiverName, ReceiverPhone, Province, City, District, Address,
    ];
}
