using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using OrderActors.Domain.Channels;

namespace OrderActors.Simulators.Jd;

/// <summary>
/// How JOS writes things in its JSON: amounts as yuan strings with two decimals, ids and counts as
/// strings (as the JOS SDKs type them), times as GMT+8 <c>yyyy-MM-dd HH:mm:ss</c> with
/// <c>0001-01-01 00:00:00</c> for "not yet", lists as plain arrays.
/// </summary>
internal static class JdWire
{
    /// <summary>What JD writes for a time that has not happened (documented for paymentConfirmTime and orderEndTime).</summary>
    public const string NotYet = "0001-01-01 00:00:00";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly Dictionary<string, string> StateRemarks = new(StringComparer.Ordinal)
    {
        ["WAIT_SELLER_STOCK_OUT"] = "等待出库",
        ["WAIT_SELLER_DELIVERY"] = "等待发货",
        ["WAIT_GOODS_RECEIVE_CONFIRM"] = "等待确认收货",
        ["FINISHED_L"] = "完成",
        ["TRADE_CANCELED"] = "取消",
        ["LOCKED"] = "已锁定",
        ["PAUSE"] = "暂停",
        ["POP_ORDER_PAUSE"] = "pop业务暂停",
    };

    public static string Yuan(long fen)
    {
        var sign = fen < 0 ? "-" : string.Empty;
        var abs = Math.Abs(fen);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 100}.{abs % 100:D2}");
    }

    public static string Time(DateTimeOffset? instant) => instant is { } at ? PlatformTime.FormatChinaTime(at) : NotYet;

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static IResult Ok(JsonObject body) => Results.Text(body.ToJsonString(Json), "application/json; charset=utf-8");

    /// <summary>The gateway's error envelope: <c>{"error_response":{"code","zh_desc","en_desc"}}</c>, code as a string.</summary>
    public static JsonObject Error(int code, string zh, string en) => new()
    {
        ["error_response"] = new JsonObject
        {
            ["code"] = code.ToString(CultureInfo.InvariantCulture),
            ["zh_desc"] = zh,
            ["en_desc"] = en,
        },
    };

    /// <summary>apiResult as the JOS SDKs model it.</summary>
    public static JsonObject ApiResult(bool success, int numberCode = 0, string english = "", string chinese = "") => new()
    {
        ["success"] = success,
        ["englishErrCode"] = english,
        ["chineseErrCode"] = chinese,
        ["numberCode"] = numberCode,
    };

    /// <summary>The order with only the requested fields, as JOS returns "the fields asked for" in optional_fields.</summary>
    public static JsonObject Order(SimJdOrder order, string shop, IReadOnlySet<string> fields)
    {
        var all = new Dictionary<string, Func<JsonNode?>>(StringComparer.Ordinal)
        {
            ["orderId"] = () => Id(order.OrderId),
            ["venderId"] = () => VenderId(shop),
            ["orderType"] = () => "22",
            ["payType"] = () => "4-在线支付",
            ["orderState"] = () => order.OrderState,
            ["orderStateRemark"] = () => StateRemarks.GetValueOrDefault(order.OrderState, order.OrderState),
            ["modified"] = () => Time(order.Modified),
            ["orderStartTime"] = () => Time(order.Created),
            ["orderEndTime"] = () => Time(order.EndedAt),
            ["paymentConfirmTime"] = () => Time(order.PaidAt),
            ["orderTotalPrice"] = () => Yuan(order.TotalPriceFen),
            ["orderSellerPrice"] = () => Yuan(order.SellerPriceFen),
            ["orderPayment"] = () => Yuan(order.PaymentFen),
            ["freightPrice"] = () => Yuan(order.FreightFen),
            ["sellerDiscount"] = () => Yuan(order.SellerDiscountFen),
            ["pin"] = () => order.Pin,
            ["orderRemark"] = () => order.OrderRemark ?? string.Empty,
            ["consigneeInfo"] = () => Consignee(order.Consignee),
            ["itemInfoList"] = () => new JsonArray([.. order.Items.Select(Item)]),
        };

        var json = new JsonObject();
        foreach (var (name, value) in all)
        {
            if (fields.Contains(name) && value() is { } node)
            {
                json[name] = node;
            }
        }

        return json;
    }

    // A stable made-up numeric vender id per shop.
    private static string VenderId(string shop) =>
        ((uint)shop.Aggregate(23, (hash, c) => unchecked((hash * 31) + c)) % 10_000_000).ToString(CultureInfo.InvariantCulture);

    private static JsonObject Consignee(SimJdConsignee consignee) => new()
    {
        ["fullname"] = consignee.Fullname,
        ["mobile"] = consignee.Mobile,
        ["telephone"] = consignee.Telephone ?? string.Empty,
        ["province"] = consignee.Province,
        ["city"] = consignee.City,
        ["county"] = consignee.County,
        ["town"] = consignee.Town ?? string.Empty,
        ["fullAddress"] = consignee.FullAddress,
    };

    private static JsonObject Item(SimJdItem item)
    {
        var json = new JsonObject
        {
            ["skuId"] = Id(item.SkuId),
            ["skuName"] = item.SkuName,
            ["jdPrice"] = Yuan(item.JdPriceFen),
            ["giftPoint"] = "0",
            ["wareId"] = Id(item.WareId),
            ["itemTotal"] = item.ItemTotal.ToString(CultureInfo.InvariantCulture),
        };
        if (item.OuterSkuId is not null)
        {
            json["outerSkuId"] = item.OuterSkuId;
        }

        if (item.ProductNo is not null)
        {
            json["productNo"] = item.ProductNo;
        }

        return json;
    }
}
