using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using OrderActors.Domain.Channels;

namespace OrderActors.Simulators.Pdd;

/// <summary>
/// How Pinduoduo writes things in its JSON: amounts as numbers in yuan, times as China-time
/// <c>yyyy-MM-dd HH:mm:ss</c> strings, order_sn as a string, statuses as numbers, lists as arrays. The
/// receiver's name, phone and street are encrypted while the order awaits shipment and is not under
/// risk review, and empty strings otherwise, always with masked forms beside them (documented field
/// descriptions). The ciphertext here is the simulator's own reversible stand-in (<see cref="Encrypt"/>);
/// Pinduoduo's real ciphertext is opaque and only the platform decrypts it.
/// </summary>
public static class PddWire
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The simulator's ciphertext: <c>~{base64 of the UTF-8 text}~sim~</c>.</summary>
    public static string Encrypt(string clear) => "~" + Convert.ToBase64String(Encoding.UTF8.GetBytes(clear)) + "~sim~";

    /// <summary>张三丰 → 张**; the simulator's masking (Pinduoduo's exact masking rules are its own).</summary>
    public static string MaskName(string name) => name.Length <= 1 ? "*" : name[..1] + new string('*', name.Length - 1);

    /// <summary>13900139000 → 139****9000.</summary>
    public static string MaskPhone(string phone) => phone.Length < 8 ? "****" : phone[..3] + "****" + phone[^4..];

    /// <summary>The first two characters of the street, the rest hidden.</summary>
    public static string MaskAddress(string address) => address.Length <= 2 ? "****" : address[..2] + "****";

    /// <summary>Fen as a JSON number in yuan with two decimals (12.50): a decimal, never a binary float.</summary>
    public static JsonNode Yuan(long fen) => JsonValue.Create(fen / 100m)!;

    public static string Time(DateTimeOffset instant) => PlatformTime.FormatChinaTime(instant);

    public static IResult Ok(JsonObject body) =>
        Results.Text(body.ToJsonString(Json), "application/json; charset=utf-8");

    /// <summary>
    /// <c>{"error_response":{"error_code","error_msg","sub_code","sub_msg","request_id"}}</c>. Pinduoduo's
    /// tables give each code a sub-code equal to it; the sub_msg carries the detail.
    /// </summary>
    public static JsonObject Error(int code, string msg, string? subMsg, string requestId, string? subCode = null) => new()
    {
        ["error_response"] = new JsonObject
        {
            ["error_code"] = code,
            ["error_msg"] = msg,
            ["sub_code"] = subCode ?? code.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["sub_msg"] = subMsg ?? msg,
            ["request_id"] = requestId,
        },
    };

    public static JsonObject Order(PddSimOrder order)
    {
        var r = order.Receiver;
        var encrypted = order.OrderStatus == 1 && order.RiskControlStatus != 1;
        var json = new JsonObject
        {
            ["order_sn"] = order.OrderSn,
            ["order_status"] = order.OrderStatus,
            ["refund_status"] = order.RefundStatus,
            ["confirm_status"] = 1,
            ["risk_control_status"] = order.RiskControlStatus,
            ["is_lucky_flag"] = order.IsLuckyFlag,
            ["trade_type"] = 0,
            ["created_time"] = Time(order.CreatedTime),
            ["confirm_time"] = Time(order.ConfirmTime),
            ["updated_at"] = Time(order.UpdatedAt),
            ["pay_time"] = order.PayTime is { } paid ? Time(paid) : null,
            ["goods_amount"] = Yuan(order.GoodsAmountFen),
            ["discount_amount"] = Yuan(order.DiscountAmountFen),
            ["postage"] = Yuan(order.PostageFen),
            ["pay_amount"] = Yuan(order.PayAmountFen),
            ["country"] = "中国",
            ["province"] = r.Province,
            ["city"] = r.City,
            ["town"] = r.Town,
            ["receiver_name"] = encrypted ? Encrypt(r.Name) : string.Empty,
            ["receiver_name_mask"] = MaskName(r.Name),
            ["receiver_phone"] = encrypted ? Encrypt(r.Phone) : string.Empty,
            ["receiver_phone_mask"] = MaskPhone(r.Phone),
            ["receiver_address"] = encrypted ? Encrypt(r.Address) : string.Empty,
            ["receiver_address_mask"] = MaskAddress(r.Address),
            ["address"] = encrypted ? Encrypt(r.Province + r.City + r.Town + r.Address) : string.Empty,
            ["address_mask"] = r.Province + r.City + r.Town + MaskAddress(r.Address),
            ["item_list"] = new JsonArray([.. order.Items.Select(Item)]),
        };
        return json;
    }

    private static JsonObject Item(PddSimItem item)
    {
        var json = new JsonObject
        {
            ["goods_id"] = item.GoodsId,
            ["sku_id"] = item.SkuId,
            ["goods_name"] = item.GoodsName,
            ["goods_spec"] = item.GoodsSpec,
            ["goods_count"] = item.GoodsCount,
            ["goods_price"] = Yuan(item.GoodsPriceFen),
        };
        if (item.OuterGoodsId is not null)
        {
            json["outer_goods_id"] = item.OuterGoodsId;
        }

        if (item.OuterId is not null)
        {
            json["outer_id"] = item.OuterId;
        }

        return json;
    }
}
