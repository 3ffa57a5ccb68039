using System.Text.Json;
using System.Text.Json.Nodes;
using OrderActors.Domain.Carriers;
using OrderActors.Domain.Channels;

namespace OrderActors.Simulators.Carriers;

/// <summary>
/// Yunda open API under <c>/yunda/</c>: <c>openapi-api/v1/accountOrder/createBmOrder</c> and
/// <c>openapi/outer/logictis/query</c>, JSON bodies, headers app-key, req-time and sign. Answers
/// <c>{"result","code","message","data"}</c>; a throttled call is HTTP 429 and a repeated order_serial_no answers the
/// mail number issued before (both our choice).
/// </summary>
internal static class YundaGateway
{
    public const string Path = "yunda/";

    public static async Task<IResult> HandleAsync(HttpRequest request, CarrierSimulatorState state)
    {
        var method = request.Path.Value ?? "";
        if (SimFaultAnswers.Take(state, "yunda") is { } fault)
        {
            return fault;
        }

        var body = await new StreamReader(request.Body).ReadToEndAsync().ConfigureAwait(false);
        var appKey = request.Headers["app-key"].ToString();
        if (state.TryTakeThrottle(appKey))
        {
            state.Record(method, "http:429");
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        if (appKey != state.Options.YundaAppKey || request.Headers["req-time"].Count == 0
            || !CarrierSignatures.Matches(request.Headers["sign"].ToString(), CarrierSignatures.YundaSign(body, state.SecretOf(appKey)!)))
        {
            return Answer(state, method, "1002", "签名错误", null);
        }

        JsonElement data;
        try
        {
            data = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return Answer(state, method, "1003", "报文格式错误", null);
        }

        if (method.EndsWith("/createBmOrder", StringComparison.Ordinal))
        {
            var results = new JsonArray();
            foreach (var order in data.TryGetProperty("orders", out var orders) && orders.ValueKind == JsonValueKind.Array ? orders.EnumerateArray() : Enumerable.Empty<JsonElement>())
            {
                var serial = order.TryGetProperty("order_serial_no", out var s) ? s.GetString() : null;
                if (string.IsNullOrEmpty(serial) || !serial.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
                {
                    results.Add(new JsonObject { ["order_serial_no"] = serial, ["status"] = "0", ["msg"] = "订单号只能由字母、数字、下划线组成" });
                    continue;
                }

                var (parcel, _) = state.Issue(CarrierSimulatorState.Yunda, serial);
                results.Add(new JsonObject { ["order_serial_no"] = serial, ["mail_no"] = parcel.Waybill, ["status"] = "1", ["msg"] = "成功" });
            }

            return Answer(state, method, null, null, results);
        }

        var mailNo = data.TryGetProperty("mailno", out var m) ? m.GetString() ?? "" : "";
        var steps = new JsonArray();
        foreach (var route in state.Find(mailNo)?.Routes ?? [])
        {
            steps.Add(new JsonObject
            {
                ["time"] = PlatformTime.FormatChinaTime(route.At),
                ["status"] = route.Code,
                ["city"] = route.City,
                ["description"] = route.Remark,
            });
        }

        return Answer(state, method, null, null, new JsonObject { ["mailno"] = mailNo, ["steps"] = steps });
    }

    private static IResult Answer(CarrierSimulatorState state, string method, string? code, string? message, JsonNode? data)
    {
        state.Record(method, code is null ? "ok" : $"error:{code}");
        return Results.Json(new JsonObject { ["result"] = code is null, ["code"] = code ?? "0000", ["message"] = message ?? "成功", ["data"] = data });
    }
}
