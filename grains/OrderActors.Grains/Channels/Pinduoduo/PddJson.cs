using System.Text.Json;
using OrderActors.Domain.Channels;

namespace OrderActors.Grains.Channels.Pinduoduo;

/// <summary>
/// Reads Pinduoduo's JSON: plain JSON, lists as arrays, order numbers as strings, statuses and ids as
/// numbers, amounts as numbers in yuan, times as <c>yyyy-MM-dd HH:mm:ss</c> strings in China time, and
/// fields without a value either missing, null or (for the receiver) an empty string. Every reader
/// accepts exactly that — a number written as a string too, as some fields are in practice — and
/// reports anything else as a malformed response, never a NullReferenceException.
/// </summary>
internal static class PddJson
{
    /// <summary>What the shared readers throw: this platform's malformed-response exception.</summary>
    private static readonly Func<string, PlatformCallException> Fail = what => Malformed(what);

    public static PddException Malformed(string what, Exception? inner = null) =>
        new(PlatformErrorClass.Unclassified, "malformed-response", $"Pinduoduo response is malformed: {what}.", inner);

    /// <summary>The field as text: strings as they are, numbers and booleans as written; null when absent or null.</summary>
    public static string? Text(JsonElement obj, string name) => PlatformJson.Text(obj, name, Fail);

    /// <summary>Like <see cref="Text"/>, with an empty string read as absent (Pinduoduo's "no value" for the receiver fields).</summary>
    public static string? NonEmpty(JsonElement obj, string name) => PlatformJson.NonEmpty(obj, name, Fail);

    public static string RequiredText(JsonElement obj, string name) => PlatformJson.RequiredText(obj, name, Fail);

    public static long? Long(JsonElement obj, string name) => PlatformJson.Integer(NonEmpty(obj, name), name, Fail);

    public static int? Int(JsonElement obj, string name) =>
        Long(obj, name) is not { } value ? null
        : value is >= int.MinValue and <= int.MaxValue ? (int)value
        : throw Malformed($"'{name}' is out of range: {value}");

    public static int RequiredInt(JsonElement obj, string name) =>
        Int(obj, name) ?? throw Malformed($"'{name}' is missing");

    public static bool? Bool(JsonElement obj, string name) => PlatformJson.Bool(obj, name, Fail);

    /// <summary>An amount in yuan, as fen.</summary>
    public static long? Fen(JsonElement obj, string name) =>
        NonEmpty(obj, name) is not { } text ? null
        : PddMoney.TryParseFen(text, out var fen) ? fen
        : throw Malformed($"'{name}' is not an amount in yuan with at most two decimals: '{text}'");

    /// <summary>A <c>yyyy-MM-dd HH:mm:ss</c> time in China time (GMT+8).</summary>
    public static DateTimeOffset? Time(JsonElement obj, string name) =>
        NonEmpty(obj, name) is not { } text ? null
        : PlatformTime.TryParseChinaTime(text, out var instant) ? instant
        : throw Malformed($"'{name}' is not a time in yyyy-MM-dd HH:mm:ss: '{text}'");

    /// <summary>The elements of an array field; empty when the field is absent or null.</summary>
    public static IReadOnlyList<JsonElement> Array(JsonElement obj, string name) => PlatformJson.Array(obj, name, Fail);

    public static PddOrder ReadOrder(JsonElement order)
    {
        if (order.ValueKind != JsonValueKind.Object)
        {
            throw Malformed($"an order is a {order.ValueKind}, not an object");
        }

        return new PddOrder(
            OrderSn: RequiredText(order, "order_sn"),
            OrderStatus: RequiredInt(order, "order_status"),
            RefundStatus: RequiredInt(order, "refund_status"),
            RiskControlStatus: Int(order, "risk_control_status"),
            UpdatedAt: Time(order, "updated_at") ?? throw Malformed("'updated_at' is missing"),
            CreatedTime: Time(order, "created_time"),
            ConfirmTime: Time(order, "confirm_time"),
            PayTime: Time(order, "pay_time"),
            GoodsAmountFen: Fen(order, "goods_amount"),
            PayAmountFen: Fen(order, "pay_amount"),
            PostageFen: Fen(order, "postage"),
            DiscountAmountFen: Fen(order, "discount_amount"),
            Receiver: ReadReceiver(order),
            Items: [.. Array(order, "item_list").Select(ReadItem)]);
    }

    private static PddReceiver? ReadReceiver(JsonElement order)
    {
        var receiver = new PddReceiver(
            Name: NonEmpty(order, "receiver_name"),
            NameMask: NonEmpty(order, "receiver_name_mask"),
            Phone: NonEmpty(order, "receiver_phone"),
            PhoneMask: NonEmpty(order, "receiver_phone_mask"),
            Province: NonEmpty(order, "province"),
            City: NonEmpty(order, "city"),
            Town: NonEmpty(order, "town"),
            Address: NonEmpty(order, "receiver_address"),
            AddressMask: NonEmpty(order, "receiver_address_mask"));
        return receiver == new PddReceiver(null, null, null, null, null, null, null, null, null) ? null : receiver;
    }

    private static PddOrderItem ReadItem(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw Malformed($"an item is a {item.ValueKind}, not an object");
        }

        var count = Long(item, "goods_count") ?? throw Malformed("'goods_count' is missing");
        if (count is < 0 or > int.MaxValue)
        {
            throw Malformed($"'goods_count' is out of range: {count}");
        }

        return new PddOrderItem(
            GoodsId: Long(item, "goods_id"),
            SkuId: Long(item, "sku_id"),
            GoodsName: NonEmpty(item, "goods_name"),
            GoodsSpec: NonEmpty(item, "goods_spec"),
            OuterGoodsId: NonEmpty(item, "outer_goods_id"),
            OuterId: NonEmpty(item, "outer_id"),
            Quantity: (int)count,
            GoodsPriceFen: Fen(item, "goods_price"));
    }
}
