using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderActors.Domain.Carriers;
using OrderActors.GrainInterfaces.Carriers;

namespace OrderActors.Grains.Carriers.Zto;

/// <summary>
/// ZTO open API: a JSON POST to <c>{BaseUrl}/{method}</c> with headers <c>x-appKey</c> and <c>x-dataDigest</c>
/// (<see cref="CarrierSignatures.ZtoDigest"/> over the exact body). The answer is
/// <c>{"status":true,"message":"","statusCode":"","result":…}</c>.
/// </summary>
internal sealed class ZtoClient(HttpClient http, CarrierAccountOptions options) : ICarrierClient
{
    public const string CreateOrder = "zto.open.createOrder";
    public const string TraceQuery = "zto.merchant.waybill.track.query";

    private readonly CarrierTransport _transport = new(http, CarrierCode.Zto);

    public string Carrier => CarrierCode.Zto;

    public bool IsConfigured => options.IsConfigured;

    public async Task<IssuedWaybill> RequestWaybillAsync(WaybillRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new JsonObject
        {
            ["partnerType"] = "2",
            ["orderType"] = "1",
            ["partnerOrderCode"] = CarrierOrderNumber.For(request.OrderId),
            ["accountInfo"] = new JsonObject { ["accountId"] = options.CustomerCode, ["accountPassword"] = options.CustomerSecret, ["type"] = 1 },
            ["senderInfo"] = new JsonObject
            {
                ["senderName"] = request.Warehouse,
                ["senderProvince"] = request.SenderProvince,
                ["senderCity"] = request.SenderCity,
                ["senderAddress"] = request.Warehouse,
            },
            ["receiveInfo"] = new JsonObject
            {
                ["receiverName"] = request.Receiver.Recipient,
                ["receiverMobile"] = request.Receiver.Phone,
                ["receiverProvince"] = request.Receiver.Province,
                ["receiverCity"] = request.Receiver.City,
                ["receiverDistrict"] = request.Receiver.District,
                ["receiverAddress"] = request.Receiver.Detail,
            },
            ["summaryInfo"] = new JsonObject { ["quantity"] = request.Items, ["weight"] = request.WeightGrams },
        };
        var result = await CallAsync(CreateOrder, body.ToJsonString(), cancellationToken).ConfigureAwait(false);
        var billCode = CarrierEvents.Text(result, "billCode");
        return _transport.Issued(billCode);
    }

    public async Task<ImmutableArray<CarrierTrackingEvent>> QueryRoutesAsync(string waybillNumber, CancellationToken cancellationToken)
    {
        var result = await CallAsync(TraceQuery, new JsonObject { ["billCode"] = waybillNumber }.ToJsonString(), cancellationToken).ConfigureAwait(false);
        if (result.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var events = ImmutableArray.CreateBuilder<CarrierTrackingEvent>();
        foreach (var scan in result.EnumerateArray())
        {
            var scanType = CarrierEvents.Text(scan, "scanType");
            if (scanType is null || !long.TryParse(CarrierEvents.Text(scan, "scanDate"), out var millis))
            {
                continue;
            }

            var city = scan.TryGetProperty("scanSite", out var site) ? CarrierEvents.Text(site, "city") ?? CarrierEvents.Text(site, "name") : null;
            events.Add(CarrierEvents.Create(Carrier, ZtoScanTypes.Table, scanType, DateTimeOffset.FromUnixTimeMilliseconds(millis), city, CarrierEvents.Text(scan, "desc")));
        }

        return events.ToImmutable();
    }

    private async Task<JsonElement> CallAsync(string method, string body, CancellationToken cancellationToken)
    {
        if (!options.IsConfigured)
        {
            throw _transport.NotConfigured();
        }

        var url = new Uri(options.BaseUrl!.ToString().TrimEnd('/') + "/" + method);
        var request = CarrierTransport.JsonPost(url, body,
        [
            new("x-appKey", options.AppKey!),
            new("x-dataDigest", CarrierSignatures.ZtoDigest(body, options.Secret!)),
        ]);
        using var answer = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var root = answer.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.True)
        {
            throw new CarrierCallException(Carrier, CarrierEvents.Text(root, "statusCode") ?? "failed", CarrierEvents.Text(root, "message") ?? "refused", false);
        }

        return root.TryGetProperty("result", out var result) ? result.Clone() : default;
    }
}
