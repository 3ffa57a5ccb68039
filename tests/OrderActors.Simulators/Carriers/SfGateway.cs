using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderActors.Domain.Carriers;
using OrderActors.Domain.Channels;

namespace OrderActors.Simulators.Carriers;

/// <summary>
/// SF open platform gateway (<c>/std/service</c>): form fields partnerID, requestID, serviceCode, timestamp,
/// msgDigest, msgData. Gateway codes in <c>apiResultCode</c> (A1000 passed, A1001 missing parameter, A1004 no
/// such service, A1005 throttled, A1006 bad digest); business results as a JSON string in <c>apiResultData</c>
/// (<c>success</c>, <c>errorCode</c>: S0000, 8016 重复下单, 8017 no such order).
/// </summary>
internal static class SfGateway
{
    public const string Path = "std/service";

    public static async Task<IResult> HandleAsync(HttpRequest request, CarrierSimulatorState state)
    {
        if (SimFaultAnswers.Take(state, "sf") is { } fault)
        {
            return fault;
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync().ConfigureAwait(false) : null;
        string? Field(string name) => form?[name].ToString() is { Length: > 0 } value ? value : null;
        var service = Field("serviceCode") ?? "(none)";
        var partner = Field("partnerID");
        var timestamp = Field("timestamp");
        var msgData = Field("msgData");
        if (partner is null || timestamp is null || msgData is null || Field("msgDigest") is null || Field("requestID") is null)
        {
            return Gateway(state, service, "A1001", "必传参数不可为空");
        }

        if (state.TryTakeThrottle(partner))
        {
            return Gateway(state, service, "A1005", "流量受控");
        }

        if (partner != state.Options.SfPartnerId || !CarrierSignatures.Matches(Field("msgDigest"), CarrierSignatures.SfDigest(msgData, timestamp, state.SecretOf(partner)!)))
        {
            return Gateway(state, service, "A1006", "数字签名无效");
        }

        JsonElement data;
        try
        {
            data = JsonDocument.Parse(msgData).RootElement;
        }
        catch (JsonException)
        {
            return Business(state, service, "8024", "msgData 不是 JSON", null);
        }

        return service switch
        {
            "EXP_RECE_CREATE_ORDER" => Create(state, service, data),
            "EXP_RECE_SEARCH_ORDER_RESP" => Search(state, service, data),
            "EXP_RECE_SEARCH_ROUTES" => Routes(state, service, data),
            _ => Gateway(state, service, "A1004", "无对应服务权限"),
        };
    }

    private static IResult Create(CarrierSimulatorState state, string service, JsonElement data)
    {
        var orderId = Text(data, "orderId");
        if (orderId is null)
        {
            return Business(state, service, "1010", "orderId 不能为空", null);
        }

        var (parcel, created) = state.Issue(CarrierSimulatorState.Sf, orderId);
        return created
            ? Business(state, service, null, null, Waybills(parcel))
            : Business(state, service, "8016", "重复下单", null);
    }

    private static IResult Search(CarrierSimulatorState state, string service, JsonElement data) =>
        Text(data, "orderId") is { } orderId && state.FindByOrder(CarrierSimulatorState.Sf, orderId) is { } parcel
            ? Business(state, service, null, null, Waybills(parcel))
            : Business(state, service, "8017", "订单不存在", null);

    private static IResult Routes(CarrierSimulatorState state, string service, JsonElement data)
    {
        var numbers = data.TryGetProperty("trackingNumber", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(n => n.GetString()).OfType<string>().ToList()
            : [];
        var resps = new JsonArray();
        foreach (var number in numbers)
        {
            var routes = new JsonArray();
            foreach (var route in state.Find(number)?.Routes ?? [])
            {
                routes.Add(new JsonObject
                {
                    ["acceptTime"] = PlatformTime.FormatChinaTime(route.At),
                    ["acceptAddress"] = route.City,
                    ["remark"] = route.Remark,
                    ["opCode"] = route.Code,
                });
            }

            resps.Add(new JsonObject { ["mailNo"] = number, ["routes"] = routes });
        }

        return Business(state, service, null, null, new JsonObject { ["routeResps"] = resps });
    }

    private static JsonObject Waybills(SimParcel parcel) => new()
    {
        ["orderId"] = parcel.OrderNumber,
        ["waybillNoInfoList"] = new JsonArray(new JsonObject { ["waybillType"] = 1, ["waybillNo"] = parcel.Waybill }),
    };

    private static IResult Gateway(CarrierSimulatorState state, string service, string code, string message)
    {
        state.Record(service, $"error:{code}");
        return Results.Json(new JsonObject { ["apiResultCode"] = code, ["apiErrorMsg"] = message, ["apiResponseID"] = NewId(), ["apiResultData"] = null });
    }

    private static IResult Business(CarrierSimulatorState state, string service, string? errorCode, string? errorMsg, JsonObject? msgData)
    {
        state.Record(service, errorCode is null ? "ok" : $"error:{errorCode}");
        var result = new JsonObject
        {
            ["success"] = errorCode is null,
            ["errorCode"] = errorCode ?? "S0000",
            ["errorMsg"] = errorMsg,
            ["msgData"] = msgData,
        };
        return Results.Json(new JsonObject
        {
            ["apiResultCode"] = "A1000",
            ["apiErrorMsg"] = "",
            ["apiResponseID"] = NewId(),
            ["apiResultData"] = result.ToJsonString(),
        });
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string NewId() => Guid.NewGuid().ToString("N").ToUpper(CultureInfo.InvariantCulture);
}
