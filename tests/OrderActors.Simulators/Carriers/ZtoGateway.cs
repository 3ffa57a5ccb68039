using System.Text.Json;
using System.Text.Json.Nodes;
using OrderActors.Domain.Carriers;

namespace OrderActors.Simulators.Carriers;

/// <summary>
/// ZTO open API (<c>/zto/{method}</c>): JSON body, headers x-appKey and x-dataDigest. Answers
/// <c>{"status","message","statusCode","result"}</c>; a throttled call is HTTP 429 (our choice: ZTO's throttle answer is not published).
/// A repeated partnerOrderCode answers the bill code issued before (our choice as well).
/// </summary>
internal static class ZtoGateway
{
    public const string Path = "zto/";

    public static async Task<IResult> HandleAsync(string method, HttpRequest request, CarrierSimulatorState state)
    {
        if (SimFaultAnswers.Take(state, "zto") is { } fault)
        {
            return fault;
        }

        var body = await new StreamReader(request.Body).ReadToEndAsync().ConfigureAwait(false);
        var appKey = request.Headers["x-appKey"].ToString();
        if (state.TryTakeThrottle(appKey))
        {
            state.Record(method, "http:429");
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        if (appKey != state.Options.ZtoAppKey || !CarrierSignatures.Matches(request.Headers["x-dataDigest"].ToString(), CarrierSignatures.ZtoDigest(body, state.SecretOf(appKey)!)))
        {
            return Answer(state, method, "S208", "签名验证失败", null);
        }

        JsonElement data;
        try
        {
            data = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return Answer(state, method, "S200", "参数格式错误", null);
        }

        switch (method)
        {
            case "zto.open.createOrder":
                if (Text(data, "partnerOrderCode") is not { } orderCode)
                {
                    return Answer(state, method, "S201", "partnerOrderCode 不能为空", null);
                }

                var (parcel, _) = state.Issue(CarrierSimulatorState.Zto, orderCode);
                return Answer(state, method, null, null, new JsonObject { ["orderCode"] = "ZO" + parcel.Waybill, ["billCode"] = parcel.Waybill });
            case "zto.merchant.waybill.track.query":
                var scans = new JsonArray();
                foreach (var route in state.Find(Text(data, "billCode") ?? "")?.Routes ?? [])
                {
                    scans.Add(new JsonObject
                    {
                        ["scanType"] = route.Code,
                        ["scanDate"] = route.At.ToUnixTimeMilliseconds(),
                        ["desc"] = route.Remark,
                        ["scanSite"] = new JsonObject { ["name"] = route.City + "网点", ["city"] = route.City },
                    });
                }

                return Answer(state, method, null, null, scans);
            default:
                return Answer(state, method, "S404", "接口不存在", null);
        }
    }

    private static IResult Answer(CarrierSimulatorState state, string method, string? code, string? message, JsonNode? result)
    {
        state.Record(method, code is null ? "ok" : $"error:{code}");
        return Results.Json(new JsonObject { ["status"] = code is null, ["message"] = message ?? "", ["statusCode"] = code ?? "", ["result"] = result });
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
