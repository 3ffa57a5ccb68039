using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using OrderActors.Domain.Carriers;

namespace OrderActors.Integration.Tests;

/// <summary>The test silo's carrier push secrets, and pushes built and signed the way SF and an aggregator document them.</summary>
internal static class CarrierPushes
{
    public const string SfPartnerId = "test-sf-partner";
    public const string SfCheckWord = "test-sf-checkword-7f3a";
    public const string SnapshotSalt = "test-snapshot-salt-91c2";

    /// <summary>The silo settings that turn the push endpoints on.</summary>
    public static readonly Dictionary<string, string?> SiloSettings = new()
    {
        ["OrderActors:Carriers:Sf:BaseUrl"] = "http://127.0.0.1:9/std/service",
        ["OrderActors:Carriers:Sf:AppKey"] = SfPartnerId,
        ["OrderActors:Carriers:Sf:Secret"] = SfCheckWord,
        ["OrderActors:Carriers:SnapshotSalt"] = SnapshotSalt,
    };

    public static JsonObject SfRoute(string mailno, string opCode, string acceptTime, string address = "杭州市", string remark = "已收件") => new()
    {
        ["id"] = $"{mailno}-{opCode}",
        ["mailno"] = mailno,
        ["acceptTime"] = acceptTime,
        ["acceptAddress"] = address,
        ["remark"] = remark,
        ["opCode"] = opCode,
    };

    public static string SfBody(params JsonObject[] routes) =>
        new JsonObject { ["Body"] = new JsonObject { ["WaybillRoute"] = new JsonArray([.. routes.Select(r => r.DeepClone())]) } }.ToJsonString();

    /// <summary>POSTs an SF route push; <paramref name="checkWord"/> and <paramref name="timestamp"/> default to a valid signature now.</summary>
    /// <param name="signed">What the signature covers, when not the body sent (a tampered push).</param>
    public static Task<HttpResponseMessage> PushSf(this HttpClient http, string body, string? checkWord = SfCheckWord, DateTimeOffset? timestamp = null, string partnerId = SfPartnerId, string? signed = null)
    {
        var ts = (timestamp ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var query = $"partnerID={partnerId}&timestamp={ts}";
        if (checkWord is not null)
        {
            query += "&msgDigest=" + Uri.EscapeDataString(CarrierSignatures.SfDigest(signed ?? body, ts, checkWord));
        }

        return http.PostAsync($"/api/carriers/sf/routes?{query}", new StringContent(body, Encoding.UTF8, "application/json"));
    }

    /// <summary>An aggregator snapshot: the waybill's events newest first (time, context, areaName, statusCode).</summary>
    public static string Snapshot(string com, string nu, string state, params (string Time, string Context, string StatusCode)[] data)
    {
        var items = new JsonArray();
        foreach (var (time, context, statusCode) in data)
        {
            items.Add(new JsonObject { ["time"] = time, ["ftime"] = time, ["context"] = context, ["areaName"] = "上海市", ["statusCode"] = statusCode });
        }

        return new JsonObject
        {
            ["status"] = "polling",
            ["billstatus"] = "check",
            ["message"] = "",
            ["lastResult"] = new JsonObject { ["message"] = "ok", ["state"] = state, ["status"] = "200", ["ischeck"] = state == "3" ? "1" : "0", ["com"] = com, ["nu"] = nu, ["data"] = items },
        }.ToJsonString();
    }

    public static Task<HttpResponseMessage> PushSnapshot(this HttpClient http, string param, string? salt = SnapshotSalt) =>
        http.PostAsync("/api/carriers/snapshots", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["param"] = param,
            ["sign"] = salt is null ? "" : CarrierSignatures.AggregatorSign(param, salt),
        }));

    public static Task<HttpResponseMessage> ShipViaApi(this HttpClient http, string orderId, string carrier, string waybill) =>
        http.PostAsJsonAsync($"/api/orders/{Uri.EscapeDataString(orderId)}/waybill", new { carrier, waybillNumber = waybill });
}
