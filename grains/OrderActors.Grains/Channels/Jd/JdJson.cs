using System.Globalization;
using System.Text.Json;
using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels.Taobao;

namespace OrderActors.Grains.Channels.Jd;

/// <summary>
/// How JOS writes its JSON: ids and amounts mostly as strings (amounts in yuan, "99.00"), counts as
/// numbers or strings, times as GMT+8 <c>yyyy-MM-dd HH:mm:ss</c>, lists as plain arrays, absent fields
/// missing or null. Every reader accepts exactly that and reports anything else as a malformed
/// response, never a NullReferenceException.
/// </summary>
internal static class JdJson
{
    /// <summary>What the shared readers throw: this platform's malformed-response exception.</summary>
    private static readonly Func<string, PlatformCallException> Fail = what => Malformed(what);

    public static JdException Malformed(string what, Exception? inner = null) =>
        new(PlatformErrorClass.Unclassified, "malformed-response", $"JOS response is malformed: {what}.", inner);

    /// <summary>The field as text: strings as they are, numbers and booleans as written; null when absent or null.</summary>
    public static string? Text(JsonElement obj, string name) => PlatformJson.Text(obj, name, Fail);

    public static string RequiredText(JsonElement obj, string name) => PlatformJson.RequiredText(obj, name, Fail);

    /// <summary>An integer, as a number or a string; an empty string is no value.</summary>
    public static long? Long(JsonElement obj, string name) => PlatformJson.Integer(PlatformJson.NonEmpty(obj, name, Fail), name, Fail);

    public static bool? Bool(JsonElement obj, string name) => PlatformJson.Bool(obj, name, Fail);

    /// <summary>A money string in yuan, as fen (converted digit by digit, never through a floating-point number).</summary>
    public static long? Fen(JsonElement obj, string name) =>
        Text(obj, name) is not { Length: > 0 } text ? null
        : TopMoney.TryParseFen(text, out var fen) ? fen
        : throw Malformed($"'{name}' is not an amount in yuan: '{text}'");

    /// <summary>A <c>yyyy-MM-dd HH:mm:ss</c> time in GMT+8; JD's "not yet" values (year 1970 or earlier) are null.</summary>
    public static DateTimeOffset? Time(JsonElement obj, string name)
    {
        if (Text(obj, name) is not { Length: > 0 } text)
        {
            return null;
        }

        if (DateTime.TryParseExact(text.Trim(), PlatformTime.ChinaFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && local.Year <= 1970)
        {
            return null;
        }

        return PlatformTime.TryParseChinaTime(text, out var instant)
            ? instant
            : throw Malformed($"'{name}' is not a time in yyyy-MM-dd HH:mm:ss: '{text}'");
    }

    /// <summary>The object under <paramref name="name"/>, or null when absent or null.</summary>
    public static JsonElement? Object(JsonElement obj, string name) => PlatformJson.Object(obj, name, Fail);

    /// <summary>The items of the array under <paramref name="name"/>; null when absent or null, which JD uses for "not asked for".</summary>
    public static IReadOnlyList<JsonElement>? Array(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? PlatformJson.Array(obj, name, Fail)
            : null;

    public static JdOrder ReadOrder(JsonElement order)
    {
        if (order.ValueKind != JsonValueKind.Object)
        {
            throw Malformed($"an order is a {order.ValueKind}, not an object");
        }

        return new JdOrder(
            OrderId: RequiredText(order, "orderId"),
            OrderState: RequiredText(order, "orderState"),
            Modified: Time(order, "modified") ?? throw Malformed("'modified' is missing"),
            Created: Time(order, "orderStartTime"),
            PaidAt: Time(order, "paymentConfirmTime"),
            EndedAt: Time(order, "orderEndTime"),
            TotalPriceFen: Fen(order, "orderTotalPrice"),
            SellerPriceFen: Fen(order, "orderSellerPrice"),
            PaymentFen: Fen(order, "orderPayment"),
            FreightFen: Fen(order, "freightPrice"),
            SellerDiscountFen: Fen(order, "sellerDiscount"),
            VenderId: Text(order, "venderId"),
            Pin: Text(order, "pin"),
            OrderRemark: Text(order, "orderRemark"),
            Consignee: Object(order, "consigneeInfo") is { } consignee ? ReadConsignee(consignee) : null,
            Items: Array(order, "itemInfoList") is { } items ? [.. items.Select(ReadItem)] : null);
    }

    // JD writes an empty string for a receiver field it has no value for (e.g. no landline).
    private static JdConsignee ReadConsignee(JsonElement consignee) => new(
        Fullname: NonEmpty(consignee, "fullname"),
        Mobile: NonEmpty(consignee, "mobile"),
        Telephone: NonEmpty(consignee, "telephone"),
        Province: NonEmpty(consignee, "province"),
        City: NonEmpty(consignee, "city"),
        County: NonEmpty(consignee, "county"),
        Town: NonEmpty(consignee, "town"),
        FullAddress: NonEmpty(consignee, "fullAddress"));

    private static string? NonEmpty(JsonElement obj, string name) => Text(obj, name) is { Length: > 0 } text ? text : null;

    private static JdItem ReadItem(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw Malformed($"an item is a {item.ValueKind}, not an object");
        }

        var quantity = Long(item, "itemTotal") ?? 0;
        if (quantity is < 0 or > int.MaxValue)
        {
            throw Malformed($"'itemTotal' is out of range: {quantity}");
        }

        return new JdItem(
            SkuId: Text(item, "skuId"),
            OuterSkuId: NonEmpty(item, "outerSkuId"),
            ProductNo: NonEmpty(item, "productNo"),
            SkuName: Text(item, "skuName"),
            WareId: Text(item, "wareId"),
            JdPriceFen: Fen(item, "jdPrice"),
            Quantity: (int)quantity);
    }
}
