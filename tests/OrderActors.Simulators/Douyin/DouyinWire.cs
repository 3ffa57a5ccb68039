using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace OrderActors.Simulators.Douyin;

/// <summary>
/// How Douyin writes things: every answer is <c>{"code","msg","sub_code","sub_msg","data","log_id"}</c>
/// with HTTP 200; amounts are integers in fen, times Unix seconds, ids of orders strings; region names in
/// clear and the receiver as ciphertext with masked twins. Field names follow the official SDKs' response
/// types for <c>order.searchList</c> and <c>order.orderDetail</c>.
/// </summary>
internal static class DouyinWire
{
    public const int Success = 10000;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly Dictionary<long, string> StatusText = new()
    {
        [1] = "待支付",
        [105] = "已支付",
        [2] = "备货中",
        [101] = "部分发货",
        [3] = "已发货",
        [4] = "已取消",
        [5] = "已完成",
    };

    public static string NewLogId() =>
        DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + Convert.ToHexString(RandomNumberGenerator.GetBytes(10));

    public static IResult Answer(int code, string msg, string subCode, string subMsg, JsonNode? data, string logId)
    {
        var body = new JsonObject
        {
            ["code"] = code,
            ["msg"] = msg,
            ["sub_code"] = subCode,
            ["sub_msg"] = subMsg,
            ["data"] = data ?? new JsonObject(),
            ["log_id"] = logId,
        };
        return Results.Text(body.ToJsonString(Json), "application/json; charset=utf-8");
    }

    public static JsonObject ShopOrder(SimDouyinOrder order, string shop, bool inList)
    {
        var json = new JsonObject
        {
            ["shop_id"] = ShopId(shop),
            ["shop_name"] = shop,
            ["order_id"] = order.OrderId,
            ["order_level"] = 2,
            ["order_status"] = order.OrderStatus,
            ["order_status_desc"] = StatusText.GetValueOrDefault(order.OrderStatus, string.Empty),
            ["create_time"] = order.CreateTime.ToUnixTimeSeconds(),
            ["update_time"] = order.UpdateTime.ToUnixTimeSeconds(),
            ["pay_time"] = order.PayTime?.ToUnixTimeSeconds() ?? 0,
            ["order_amount"] = order.OrderAmountFen,
            ["pay_amount"] = order.PayAmountFen,
            ["post_amount"] = order.PostAmountFen,
        };

        if (inList && order.ListOmitsDetail)
        {
            return json;
        }

        var r = order.Receiver;
        json["post_receiver"] = DouyinCiphertext.Name(r.Name);
        json["encrypt_post_receiver"] = DouyinCiphertext.Name(r.Name);
        json["post_tel"] = DouyinCiphertext.Phone(r.Tel);
        json["encrypt_post_tel"] = DouyinCiphertext.Phone(r.Tel);
        json["post_addr"] = Address(r, DouyinCiphertext.Detail(r.Detail), encrypted: true);
        json["mask_post_receiver"] = DouyinCiphertext.MaskName(r.Name);
        json["mask_post_tel"] = DouyinCiphertext.MaskPhone(r.Tel);
        json["mask_post_addr"] = Address(r, DouyinCiphertext.MaskDetail(r.Detail), encrypted: false);
        json["sku_order_list"] = new JsonArray([.. order.Lines.Select(l => SkuOrder(l, order))]);
        return json;
    }

    private static JsonObject Address(SimDouyinAddress r, string detail, bool encrypted)
    {
        var address = new JsonObject
        {
            ["province"] = new JsonObject { ["name"] = r.Province },
            ["city"] = new JsonObject { ["name"] = r.City },
            ["town"] = new JsonObject { ["name"] = r.Town },
            ["street"] = new JsonObject { ["name"] = r.Street },
            ["detail"] = detail,
        };
        if (encrypted)
        {
            address["encrypt_detail"] = detail;
        }

        return address;
    }

    private static JsonObject SkuOrder(SimDouyinSkuOrder line, SimDouyinOrder order)
    {
        var json = new JsonObject
        {
            ["order_id"] = line.OrderId,
            ["parent_order_id"] = order.OrderId,
            ["order_level"] = 3,
            ["order_status"] = order.OrderStatus,
            ["create_time"] = order.CreateTime.ToUnixTimeSeconds(),
            ["update_time"] = order.UpdateTime.ToUnixTimeSeconds(),
            ["pay_time"] = order.PayTime?.ToUnixTimeSeconds() ?? 0,
            ["product_id"] = line.ProductId,
            ["product_id_str"] = line.ProductId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["product_name"] = line.ProductName,
            ["sku_id"] = line.SkuId,
            ["item_num"] = line.ItemNum,
            ["origin_amount"] = line.OriginAmountFen,
            ["sum_amount"] = line.OriginAmountFen * line.ItemNum,
            ["pay_amount"] = line.PayAmountFen,
            ["after_sale_info"] = new JsonObject
            {
                ["after_sale_status"] = line.AfterSaleStatus,
                ["after_sale_type"] = 0,
                ["refund_status"] = line.RefundStatus,
            },
        };
        if (line.Code is not null)
        {
            json["code"] = line.Code;
        }

        if (line.OutSkuId is not null)
        {
            json["out_sku_id"] = line.OutSkuId;
        }

        return json;
    }

    // A stable made-up numeric shop id per shop name.
    public static long ShopId(string shop) => (uint)shop.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
}
