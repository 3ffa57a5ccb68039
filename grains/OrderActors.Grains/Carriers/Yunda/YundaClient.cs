using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderActors.Domain.Carriers;
using OrderActors.GrainInterfaces.Carriers;

namespace OrderActors.Grains.Carriers.Yunda;

/// <summary>
/// Yunda open API: a JSON POST with headers <c>app-key</c>, <c>req-time</c> (Unix ms) and <c>sign</c>
/// (<see cref="CarrierSignatures.YundaSign"/> over the exact body). Answers are
/// <c>{"result":true,"code":"0000","message":"…","data":…}</c>.
/// </summary>
internal sealed class YundaClient(HttpClient http, CarrierAccountOptions options, TimeProvider time) : ICarrierClient
{
    public const string CreateOrderPath = "openapi-api/v1/accountOrder/createBmOrder";
    public const string TracePath = "openapi/outer/logictis/query";

    private readonly CarrierTransport _transport = new(http, CarrierCode.Yunda);

    public string Carrier => CarrierCode.Yunda;

    public bool IsConfigured => options.IsConfigured;

    public async Task<IssuedWaybill> RequestWaybillAsync(WaybillRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var orderNumber = CarrierOrderNumber.For(request.OrderId);
        var body = new JsonObject
        {
            ["appid"] = options.AppKey,
            ["partner_id"] = options.CustomerCode,
            ["secret"] = options.CustomerSecret,
            ["orders"] = new JsonArray(new JsonObject
            {
                ["order_serial_no"] = orderNumber,
                ["khddh"] = orderNumber,
                ["order_type"] = "common",
                ["sender"] = new JsonObject { ["name"] = request.Warehouse, ["province"] = request.SenderProvince, ["city"] = request.SenderCity, ["address"] = request.Warehouse },
                ["receiver"] = new JsonObject
                {
                    ["name"] = request.Receiver.Recipient,
                    ["mobile"] = request.Receiver.Phone,
                    ["province"] = request.Receiver.Province,
                    ["city"] = request.Receiver.City,
                    ["county"] = request.Receiver.District,
                    ["address"] = request.Receiver.Detail,
                },
                ["weight"] = Math.Round(request.WeightGrams / 1000.0, 3),
            }),
        };
        var data = await CallAsync(CreateOrderPath, body.ToJsonString(), cancellationToken).ConfigureAwait(false);
        var order = data.ValueKind == JsonValueKind.Array
            ? data.EnumerateArray().FirstOrDefault(o => CarrierEvents.Text(o, "order_serial_no") == orderNumber)
            : default;
        if (order.ValueKind != JsonValueKind.Object || CarrierEvents.Text(order, "status") != "1")
        {
            var msg = order.ValueKind == JsonValueKind.Object ? CarrierEvents.Text(order, "msg") : null;
            throw new CarrierCallException(Carrier, "order-refused", msg ?? "the order was not accepted", false);
        }

        var mailNo = CarrierEvents.Text(order, "mail_no");
        return _transport.Issued(mailNo);
    }

    public async Task<ImmutableArray<CarrierTrackingEvent>> QueryRoutesAsync(string waybillNumber, CancellationToken cancellationToken)
    {
        var data = await CallAsync(TracePath, new JsonObject { ["mailno"] = waybillNumber }.ToJsonString(), cancellationToken).ConfigureAwait(false);
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var events = ImmutableArray.CreateBuilder<CarrierTrackingEvent>();
        foreach (var step in steps.EnumerateArray())
        {
            var status = CarrierEvents.Text(step, "status");
            if (status is not null && CarrierEvents.ChinaTime(CarrierEvents.Text(step, "time")) is { } at)
            {
                events.Add(CarrierEvents.Create(Carrier, YundaTraceStatuses.Table, status, at, CarrierEvents.Text(step, "city"), CarrierEvents.Text(step, "description")));
            }
        }

        return events.ToImmutable();
    }

    private async Task<JsonElement> CallAsync(string path, string body, CancellationToken cancellationToken)
    {
        if (!options.IsConfigured)
        {
            throw _transport.NotConfigured();
        }

        var url = new Uri(options.BaseUrl!.ToString().TrimEnd('/') + "/" + path);
        var request = CarrierTransport.JsonPost(url, body,
        [
            new("app-key", options.AppKey!),
            new("req-time", time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
            new("sign", CarrierSignatures.YundaSign(body, options.Secret!)),
        ]);
        using var answer = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var root = answer.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("result", out var ok) || ok.ValueKind != JsonValueKind.True)
        {
            throw new CarrierCallException(Carrier, CarrierEvents.Text(root, "code") ?? "failed", CarrierEvents.Text(root, "message") ?? "refused", false);
        }

        return root.TryGetProperty("data", out var data) ? data.Clone() : default;
    }
}
