using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using OrderActors.Domain.Channels;

namespace OrderActors.Simulators.Top;

/// <summary>How TOP writes things in its JSON: amounts as yuan strings with two decimals, times as
/// GMT+8 <c>yyyy-MM-dd HH:mm:ss</c>, ids as numbers, lists wrapped (<c>"orders":{"order":[…]}</c>).</summary>
internal static class TopWire
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Yuan(long fen)
    {
        var sign = fen < 0 ? "-" : string.Empty;
        var abs = Math.Abs(fen);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 100}.{abs % 100:D2}");
    }

    public static string Time(DateTimeOffset instant) => PlatformTime.FormatChinaTime(instant);

    public static IResult Ok(JsonObject body) =>
        Results.Text(body.ToJsonString(Json), "application/json; charset=utf-8");

    public static IResult Status(JsonObject body, int status) =>
        Results.Text(body.ToJsonString(Json), "application/json; charset=utf-8", statusCode: status);

    public static JsonObject Error(int code, string msg, string? subCode, string? subMsg, string requestId)
    {
        var error = new JsonObject { ["code"] = code, ["msg"] = msg };
        if (subCode is not null)
        {
            error["sub_code"] = subCode;
            error["sub_msg"] = subMsg;
        }

        error["request_id"] = requestId;
        return new JsonObject { ["error_response"] = error };
    }

    /// <summary>The trade with only the requested top-level fields, as TOP returns "the fields asked for".
    /// Asking for <c>orders</c> returns every line with all its fields.</summary>
    public static JsonObject Trade(SimTrade trade, string shop, IReadOnlySet<string> fields)
    {
        var all = new Dictionary<string, Func<JsonNode?>>(StringComparer.Ordinal)
        {
            ["tid"] = () => trade.Tid,
            ["status"] = () => trade.Status,
            ["created"] = () => Time(trade.Created),
            ["modified"] = () => Time(trade.Modified),
            ["pay_time"] = () => trade.PayTime is { } paid ? Time(paid) : null,
            ["payment"] = () => Yuan(trade.PaymentFen),
            ["total_fee"] = () => Yuan(trade.TotalFeeFen),
            ["post_fee"] = () => Yuan(trade.PostFeeFen),
            ["buyer_nick"] = () => trade.BuyerNick,
            ["seller_nick"] = () => shop,
            ["receiver_name"] = () => trade.Receiver.Name,
            ["receiver_mobile"] = () => trade.Receiver.Mobile,
            ["receiver_state"] = () => trade.Receiver.State,
            ["receiver_city"] = () => trade.Receiver.City,
            ["receiver_district"] = () => trade.Receiver.District,
            ["receiver_address"] = () => trade.Receiver.Address,
            ["receiver_zip"] = () => trade.Receiver.Zip,
            ["orders"] = () => new JsonObject { ["order"] = new JsonArray([.. trade.Lines.Select(Line)]) },
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

    private static JsonObject Line(SimLine line)
    {
        var json = new JsonObject
        {
            ["oid"] = line.Oid,
            ["num_iid"] = line.NumIid,
            ["title"] = line.Title,
            ["num"] = line.Num,
            ["price"] = Yuan(line.PriceFen),
            ["total_fee"] = Yuan(line.TotalFeeFen),
            ["payment"] = Yuan(line.PaymentFen),
            ["status"] = line.Status,
            ["refund_status"] = line.RefundStatus,
        };
        if (line.SkuId is not null)
        {
            json["sku_id"] = line.SkuId;
        }

        if (line.OuterIid is not null)
        {
            json["outer_iid"] = line.OuterIid;
        }

        if (line.OuterSkuId is not null)
        {
            json["outer_sku_id"] = line.OuterSkuId;
        }

        return json;
    }
}
