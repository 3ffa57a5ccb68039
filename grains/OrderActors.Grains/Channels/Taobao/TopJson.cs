using System.Text.Json;
using OrderActors.Domain.Channels;

namespace OrderActors.Grains.Channels.Taobao;

/// <summary>
/// Reads TOP's JSON. TOP's JSON is converted from its XML model, so scalar fields arrive as strings or
/// numbers depending on the field (tid is a number, money is a string), lists arrive wrapped
/// (<c>"trades":{"trade":[…]}</c>), and absent fields are simply missing. Every reader here accepts
/// exactly that and reports anything else as a malformed response, never a NullReferenceException.
/// </summary>
internal static class TopJson
{
    /// <summary>What the shared readers throw: this platform's malformed-response exception.</summary>
    private static readonly Func<string, PlatformCallException> Fail = what => Malformed(what);

    public static TopException Malformed(string what, Exception? inner = null) =>
        new(PlatformErrorClass.Unclassified, "malformed-response", $"TOP response is malformed: {what}.", inner);

    /// <summary>The field as text: strings as they are, numbers and booleans as written; null when absent or null.</summary>
    public static string? Text(JsonElement obj, string name) => PlatformJson.Text(obj, name, Fail);

    public static string RequiredText(JsonElement obj, string name) => PlatformJson.RequiredText(obj, name, Fail);

    /// <summary>An integer; an empty string is not one (TOP leaves absent fields out).</summary>
    public static long? Long(JsonElement obj, string name) => PlatformJson.Integer(Text(obj, name), name, Fail);

    public static long RequiredLong(JsonElement obj, string name) =>
        Long(obj, name) ?? throw Malformed($"'{name}' is missing");

    public static bool? Bool(JsonElement obj, string name) => PlatformJson.Bool(obj, name, Fail);

    /// <summary>A money string in yuan, as fen.</summary>
    public static long? Fen(JsonElement obj, string name) =>
        Text(obj, name) is not { Length: > 0 } text ? null
        : TopMoney.TryParseFen(text, out var fen) ? fen
        : throw Malformed($"'{name}' is not an amount in yuan: '{text}'");

    /// <summary>A <c>yyyy-MM-dd HH:mm:ss</c> time in GMT+8.</summary>
    public static DateTimeOffset? Time(JsonElement obj, string name) =>
        Text(obj, name) is not { Length: > 0 } text ? null
        : PlatformTime.TryParseChinaTime(text, out var instant) ? instant
        : throw Malformed($"'{name}' is not a time in yyyy-MM-dd HH:mm:ss: '{text}'");

    /// <summary>The items of a wrapped list (<c>"orders":{"order":[…]}</c>); empty when the list is absent.</summary>
    public static IEnumerable<JsonElement> List(JsonElement obj, string wrapper, string item)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(wrapper, out var outer) || outer.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (outer.ValueKind != JsonValueKind.Object)
        {
            throw Malformed($"'{wrapper}' is a {outer.ValueKind}, not an object");
        }

        if (!outer.TryGetProperty(item, out var inner) || inner.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        return inner.ValueKind switch
        {
            JsonValueKind.Array => inner.EnumerateArray().ToList(),
            JsonValueKind.Object => [inner],
            _ => throw Malformed($"'{wrapper}.{item}' is a {inner.ValueKind}, not a list"),
        };
    }

    public static TopTrade ReadTrade(JsonElement trade)
    {
        if (trade.ValueKind != JsonValueKind.Object)
        {
            throw Malformed($"a trade is a {trade.ValueKind}, not an object");
        }

        var lines = List(trade, "orders", "order").Select(ReadLine).ToList();
        return new TopTrade(
            Tid: RequiredLong(trade, "tid"),
            Status: RequiredText(trade, "status"),
            Modified: Time(trade, "modified") ?? throw Malformed("'modified' is missing"),
            Created: Time(trade, "created"),
            PayTime: Time(trade, "pay_time"),
            PaymentFen: Fen(trade, "payment"),
            TotalFeeFen: Fen(trade, "total_fee"),
            PostFeeFen: Fen(trade, "post_fee"),
            BuyerNick: Text(trade, "buyer_nick"),
            SellerNick: Text(trade, "seller_nick"),
            Receiver: ReadReceiver(trade),
            Lines: lines);
    }

    private static TopReceiver? ReadReceiver(JsonElement trade)
    {
        var receiver = new TopReceiver(
            Name: Text(trade, "receiver_name"),
            Mobile: Text(trade, "receiver_mobile"),
            Phone: Text(trade, "receiver_phone"),
            State: Text(trade, "receiver_state"),
            City: Text(trade, "receiver_city"),
            District: Text(trade, "receiver_district"),
            Address: Text(trade, "receiver_address"),
            Zip: Text(trade, "receiver_zip"));
        return receiver == new TopReceiver(null, null, null, null, null, null, null, null) ? null : receiver;
    }

    private static TopOrderLine ReadLine(JsonElement order)
    {
        if (order.ValueKind != JsonValueKind.Object)
        {
            throw Malformed($"an order line is a {order.ValueKind}, not an object");
        }

        var quantity = Long(order, "num") ?? 0;
        if (quantity is < 0 or > int.MaxValue)
        {
            throw Malformed($"'num' is out of range: {quantity}");
        }

        return new TopOrderLine(
            Oid: RequiredLong(order, "oid"),
            NumIid: Long(order, "num_iid"),
            SkuId: Text(order, "sku_id"),
            OuterIid: Text(order, "outer_iid"),
            OuterSkuId: Text(order, "outer_sku_id"),
            Title: Text(order, "title"),
            Quantity: (int)quantity,
            PriceFen: Fen(order, "price"),
            TotalFeeFen: Fen(order, "total_fee"),
            PaymentFen: Fen(order, "payment"),
            Status: Text(order, "status"),
            RefundStatus: Text(order, "refund_status"));
    }
}
