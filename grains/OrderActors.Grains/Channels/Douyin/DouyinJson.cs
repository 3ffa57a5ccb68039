using System.Text.Json;
using OrderActors.Domain.Channels;

namespace OrderActors.Grains.Channels.Douyin;

/// <summary>
/// Reads Douyin's JSON. Ids are strings (<c>order_id</c>) or numbers (<c>product_id</c>), times are Unix
/// seconds, amounts are integers in fen, nested objects carry region names. The SDKs decode numbers
/// that arrive as strings too, so both are accepted; anything else (a fraction where an integer
/// belongs, an object where a value belongs) is a malformed response, never a NullReferenceException.
/// </summary>
internal static class DouyinJson
{
    /// <summary>What the shared readers throw: this platform's malformed-response exception.</summary>
    private static readonly Func<string, PlatformCallException> Fail = what => Malformed(what);

    public static DouyinException Malformed(string what, Exception? inner = null) =>
        new(PlatformErrorClass.Unclassified, "malformed-response", $"Douyin response is malformed: {what}.", inner);

    /// <summary>The field as text: strings as they are, numbers and booleans as written; null when absent or null.</summary>
    public static string? Text(JsonElement obj, string name) => PlatformJson.Text(obj, name, Fail);

    public static string RequiredText(JsonElement obj, string name) => PlatformJson.RequiredText(obj, name, Fail);

    /// <summary>An integer, as a number or a string; an empty string is no value.</summary>
    public static long? Long(JsonElement obj, string name) => PlatformJson.Integer(PlatformJson.NonEmpty(obj, name, Fail), name, Fail);

    public static long RequiredLong(JsonElement obj, string name) =>
        Long(obj, name) ?? throw Malformed($"'{name}' is missing");

    /// <summary>A Unix-seconds time; 0 (Douyin's "not yet", e.g. an unpaid order's <c>pay_time</c>) is null.</summary>
    public static DateTimeOffset? Time(JsonElement obj, string name)
    {
        var seconds = Long(obj, name);
        if (seconds is null or 0)
        {
            return null;
        }

        // 253402300799 is 9999-12-31T23:59:59Z, the last second DateTimeOffset holds.
        return seconds is < 0 or > 253402300799
            ? throw Malformed($"'{name}' is not a Unix time in seconds: {seconds}")
            : PlatformTime.FromUnixSeconds(seconds.Value);
    }

    /// <summary>The nested object, or null when absent or null.</summary>
    public static JsonElement? Object(JsonElement obj, string name) => PlatformJson.Object(obj, name, Fail);

    /// <summary>The items of a list; empty when the list is absent or null.</summary>
    public static IReadOnlyList<JsonElement> Array(JsonElement obj, string name) => PlatformJson.Array(obj, name, Fail);

    public static DouyinShopOrder ReadShopOrder(JsonElement order)
    {
        if (order.ValueKind != JsonValueKind.Object)
        {
            throw Malformed($"a shop order is a {order.ValueKind}, not an object");
        }

        return new DouyinShopOrder(
            OrderId: RequiredText(order, "order_id"),
            OrderStatus: RequiredLong(order, "order_status"),
            UpdateTime: Time(order, "update_time") ?? throw Malformed("'update_time' is missing"),
            CreateTime: Time(order, "create_time"),
            PayTime: Time(order, "pay_time"),
            OrderAmountFen: Long(order, "order_amount"),
            PayAmountFen: Long(order, "pay_amount"),
            PostAmountFen: Long(order, "post_amount"),
            Receiver: ReadReceiver(order),
            Lines: [.. Array(order, "sku_order_list").Select(ReadSkuOrder)]);
    }

    private static DouyinReceiver? ReadReceiver(JsonElement order)
    {
        var address = Object(order, "post_addr");
        string? Region(string level) => address is { } a && Object(a, level) is { } region ? Text(region, "name") : null;
        string? Cipher(string encrypted, string plain, JsonElement? from = null) =>
            Text(from ?? order, encrypted) is { Length: > 0 } cipher ? cipher : Text(from ?? order, plain) is { Length: > 0 } clear ? clear : null;

        var receiver = new DouyinReceiver(
            Name: Cipher("encrypt_post_receiver", "post_receiver"),
            Phone: Cipher("encrypt_post_tel", "post_tel"),
            Province: Region("province"),
            City: Region("city"),
            Town: Region("town"),
            Street: Region("street"),
            Detail: address is { } addr ? Cipher("encrypt_detail", "detail", addr) : null,
            MaskedName: Text(order, "mask_post_receiver"),
            MaskedPhone: Text(order, "mask_post_tel"));
        return receiver == new DouyinReceiver(null, null, null, null, null, null, null, null, null) ? null : receiver;
    }

    private static DouyinSkuOrder ReadSkuOrder(JsonElement sku)
    {
        if (sku.ValueKind != JsonValueKind.Object)
        {
            throw Malformed($"a SKU order is a {sku.ValueKind}, not an object");
        }

        var quantity = Long(sku, "item_num") ?? 0;
        if (quantity is < 0 or > int.MaxValue)
        {
            throw Malformed($"'item_num' is out of range: {quantity}");
        }

        var afterSale = Object(sku, "after_sale_info");
        return new DouyinSkuOrder(
            OrderId: RequiredText(sku, "order_id"),
            ProductId: Long(sku, "product_id"),
            SkuId: Long(sku, "sku_id"),
            Code: Text(sku, "code"),
            OutSkuId: Text(sku, "out_sku_id"),
            OutProductId: Text(sku, "out_product_id"),
            ProductName: Text(sku, "product_name"),
            ItemNum: (int)quantity,
            OriginAmountFen: Long(sku, "origin_amount"),
            SumAmountFen: Long(sku, "sum_amount"),
            PayAmountFen: Long(sku, "pay_amount"),
            OrderStatus: Long(sku, "order_status"),
            AfterSaleStatus: afterSale is { } info ? Long(info, "after_sale_status") ?? 0 : 0,
            RefundStatus: afterSale is { } info2 ? Long(info2, "refund_status") ?? 0 : 0);
    }
}
