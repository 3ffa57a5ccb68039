using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderActors.Domain.Carriers;
using OrderActors.GrainInterfaces.Carriers;

namespace OrderActors.Grains.Carriers.Sf;

/// <summary>
/// SF Express open platform (丰桥): every call is a form POST to the gateway with <c>partnerID</c>, <c>requestID</c>,
/// <c>serviceCode</c>, <c>timestamp</c> (Unix ms), <c>msgDigest</c> (<see cref="CarrierSignatures.SfDigest"/>) and
/// <c>msgData</c> (JSON). The answer is <c>{"apiResultCode":"A1000","apiResultData":"{…}"}</c>, whose data (a JSON
/// string) is <c>{"success":true,"errorCode":"S0000","msgData":{…}}</c>.
/// </summary>
internal sealed class SfClient(HttpClient http, CarrierAccountOptions options, TimeProvider time) : ICarrierClient
{
    public const string CreateOrder = "EXP_RECE_CREATE_ORDER";
    public const string SearchOrder = "EXP_RECE_SEARCH_ORDER_RESP";
    public const string SearchRoutes = "EXP_RECE_SEARCH_ROUTES";

    /// <summary>重复下单: the customer order number was used before; the order search returns its waybill.</summary>
    public const string DuplicateOrder = "8016";

    /// <summary>Gateway codes that are passing: 流量受控 (throttled), 目标服务异常或不可达, 系统异常.</summary>
    private static readonly HashSet<string> PassingApiCodes = new(StringComparer.Ordinal) { "A1005", "A1009", "A1099" };

    private readonly CarrierTransport _transport = new(http, CarrierCode.Sf);

    public string Carrier => CarrierCode.Sf;

    public bool IsConfigured => options.IsConfigured;

    public async Task<IssuedWaybill> RequestWaybillAsync(WaybillRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var orderNumber = CarrierOrderNumber.For(request.OrderId);
        var order = new JsonObject
        {
            ["language"] = "zh-CN",
            ["orderId"] = orderNumber,
            ["monthlyCard"] = options.CustomerCode,
            ["expressTypeId"] = 1,
            ["parcelQty"] = 1,
            ["totalWeight"] = Math.Round(request.WeightGrams / 1000.0, 3),
            ["cargoDetails"] = new JsonArray(new JsonObject { ["name"] = "goods", ["count"] = request.Items }),
            ["contactInfoList"] = new JsonArray(
                new JsonObject
                {
                    ["contactType"] = 1,
                    ["contact"] = request.Warehouse,
                    ["province"] = request.SenderProvince,
                    ["city"] = request.SenderCity,
                    ["address"] = request.Warehouse,
                },
                new JsonObject
                {
                    ["contactType"] = 2,
                    ["contact"] = request.Receiver.Recipient,
                    ["mobile"] = request.Receiver.Phone,
                    ["province"] = request.Receiver.Province,
                    ["city"] = request.Receiver.City,
                    ["county"] = request.Receiver.District,
                    ["address"] = request.Receiver.Detail,
                }),
        };

        var (errorCode, errorMsg, data) = await CallAsync(CreateOrder, order.ToJsonString(), cancellationToken).ConfigureAwait(false);
        if (errorCode == DuplicateOrder)
        {
            var search = new JsonObject { ["orderId"] = orderNumber, ["searchType"] = "1", ["language"] = "zh-CN" };
            (errorCode, errorMsg, data) = await CallAsync(SearchOrder, search.ToJsonString(), cancellationToken).ConfigureAwait(false);
        }

        if (errorCode is not null)
        {
            throw new CarrierCallException(Carrier, errorCode, errorMsg ?? "refused", false);
        }

        var waybill = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("waybillNoInfoList", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(w => CarrierEvents.Text(w, "waybillNo")).FirstOrDefault(w => w is not null)
            : null;
        return _transport.Issued(waybill);
    }

    public async Task<ImmutableArray<CarrierTrackingEvent>> QueryRoutesAsync(string waybillNumber, CancellationToken cancellationToken)
    {
        var query = new JsonObject
        {
            ["language"] = "0",
            ["trackingType"] = "1",
            ["trackingNumber"] = new JsonArray(waybillNumber),
            ["methodType"] = "1",
        };
        var (errorCode, errorMsg, data) = await CallAsync(SearchRoutes, query.ToJsonString(), cancellationToken).ConfigureAwait(false);
        if (errorCode is not null)
        {
            throw new CarrierCallException(Carrier, errorCode, errorMsg ?? "refused", false);
        }

        var events = ImmutableArray.CreateBuilder<CarrierTrackingEvent>();
        if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty("routeResps", out var resps) && resps.ValueKind == JsonValueKind.Array)
        {
            foreach (var resp in resps.EnumerateArray().Where(r => CarrierEvents.Text(r, "mailNo") == waybillNumber))
            {
                if (resp.TryGetProperty("routes", out var routes) && routes.ValueKind == JsonValueKind.Array)
                {
                    // A route the carrier wrote wrongly is skipped, not fatal: the others are still true.
                    events.AddRange(routes.EnumerateArray().Select(r => SfRoutes.Read(r, out _)).OfType<CarrierTrackingEvent>());
                }
            }
        }

        return events.ToImmutable();
    }

    /// <summary>One call; the business error code (null on success) and the business data, cloned out of the parsed answer.</summary>
    private async Task<(string? ErrorCode, string? ErrorMsg, JsonElement Data)> CallAsync(string serviceCode, string msgData, CancellationToken cancellationToken)
    {
        if (!options.IsConfigured)
        {
            throw _transport.NotConfigured();
        }

        var timestamp = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["partnerID"] = options.AppKey!,
            ["requestID"] = Guid.NewGuid().ToString("N"),
            ["serviceCode"] = serviceCode,
            ["timestamp"] = timestamp,
            ["msgDigest"] = CarrierSignatures.SfDigest(msgData, timestamp, options.Secret!),
            ["msgData"] = msgData,
        };
        var request = new HttpRequestMessage(HttpMethod.Post, options.BaseUrl) { Content = new FormUrlEncodedContent(form) };
        using var answer = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var root = answer.RootElement;
        var apiCode = CarrierEvents.Text(root, "apiResultCode");
        if (apiCode != "A1000")
        {
            throw new CarrierCallException(Carrier, apiCode ?? "no-code", CarrierEvents.Text(root, "apiErrorMsg") ?? "refused by the gateway", apiCode is not null && PassingApiCodes.Contains(apiCode));
        }

        JsonDocument result;
        try
        {
            result = JsonDocument.Parse(CarrierEvents.Text(root, "apiResultData") ?? "");
        }
        catch (JsonException e)
        {
            throw new CarrierCallException(Carrier, "bad-result", "apiResultData is not JSON", false, e);
        }

        using (result)
        {
            var data = result.RootElement;
            var success = data.TryGetProperty("success", out var ok) && ok.ValueKind == JsonValueKind.True;
            var msg = data.TryGetProperty("msgData", out var m) ? m.Clone() : default;
            return success ? (null, null, msg) : (CarrierEvents.Text(data, "errorCode") ?? "failed", CarrierEvents.Text(data, "errorMsg"), msg);
        }
    }
}
