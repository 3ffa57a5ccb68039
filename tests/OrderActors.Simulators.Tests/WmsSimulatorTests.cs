using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OrderActors.Simulators.Wms;
using OrderActors.Testing;

namespace OrderActors.Simulators.Tests;

/// <summary>The WMS simulator against a stand-in OMS: what it sends is the event object of docs/wms.md, signed as documented (or falsified as asked).</summary>
public sealed class WmsSimulatorTests
{
    private const string Warehouse = "WH-SH";
    private const string Secret = "wms_sim_test_0123456789abcdef0123456789";
    private const string OrderId = "web:flagship:K-1";

    private static async Task<(SimulatorHost Sim, HttpClient Http)> StartAsync(WmsOmsStandIn oms, TimeSpan? delays = null)
    {
        var step = delays ?? TimeSpan.FromMinutes(1);
        var options = new WmsSimulatorOptions
        {
            OmsBaseUrl = oms.BaseUrl,
            Warehouses = { [Warehouse] = Secret },
            PickAfter = step,
            PackAfter = step,
            ScanAfter = step,
            Tick = TimeSpan.FromMilliseconds(20),
        };
        var sim = await SimulatorHost.StartAsync(FreePort.Next(), TimeProvider.System, new WmsPlatform(options));
        return (sim, new HttpClient { BaseAddress = sim.BaseUrl });
    }

    private static async Task<SimWmsSent> Send(HttpClient http, SimWmsEventRequest request)
    {
        var response = await http.PostAsJsonAsync($"sim/wms/{Warehouse}/events", request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<SimWmsSent>() ?? throw new InvalidOperationException("no result");
    }

    /// <summary>The recipe computed here by hand, not with the domain's signer.</summary>
    private static string Hmac(string secret, string timestamp, byte[] body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray()));

    [Fact]
    public async Task A_signed_event_is_the_documented_object_posted_to_the_warehouses_path_and_signed_with_HMAC_SHA256_over_timestamp_dot_body()
    {
        await using var oms = await WmsOmsStandIn.StartAsync();
        var (sim, http) = await StartAsync(oms);
        await using var _ = sim;

        var sent = await Send(http, new SimWmsEventRequest(OrderId, "packed", DelayReason: "carton-shortage"));

        Assert.Equal(200, sent.Status);
        var received = Assert.Single(oms.Requests);
        Assert.Equal((Warehouse, "application/json"), (received.Warehouse, received.ContentType?.Split(';')[0]));
        Assert.InRange(long.Parse(received.Timestamp!, CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddSeconds(-30).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.Equal(Hmac(Secret, received.Timestamp!, received.Body), received.Signature);
        Assert.Equal(sent.Body, Encoding.UTF8.GetString(received.Body));

        using var json = JsonDocument.Parse(received.Body);
        var e = json.RootElement;
        Assert.Equal(
            ["at", "delayReason", "device", "eventId", "operator", "orderId", "type"],
            e.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal((sent.EventId, OrderId, "packed", "carton-shortage"),
            (e.GetProperty("eventId").GetString(), e.GetProperty("orderId").GetString(), e.GetProperty("type").GetString(), e.GetProperty("delayReason").GetString()));
        Assert.EndsWith("+08:00", e.GetProperty("at").GetString(), StringComparison.Ordinal);
        Assert.InRange(DateTimeOffset.Parse(e.GetProperty("at").GetString()!, CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddSeconds(-30), DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task The_bad_variants_are_unsigned_signed_with_another_secret_or_signed_ten_minutes_ago()
    {
        await using var oms = await WmsOmsStandIn.StartAsync();
        var (sim, http) = await StartAsync(oms);
        await using var _ = sim;

        await Send(http, new SimWmsEventRequest(OrderId, "picked", SimWmsVariant.Unsigned));
        await Send(http, new SimWmsEventRequest(OrderId, "picked", SimWmsVariant.WrongSecret));
        await Send(http, new SimWmsEventRequest(OrderId, "picked", SimWmsVariant.Stale));

        var (unsigned, wrong, stale) = (oms.Requests.ElementAt(0), oms.Requests.ElementAt(1), oms.Requests.ElementAt(2));
        Assert.Equal((null, null), (unsigned.Timestamp, unsigned.Signature));
        Assert.Matches("^[0-9a-f]{64}$", wrong.Signature!);
        Assert.NotEqual(Hmac(Secret, wrong.Timestamp!, wrong.Body), wrong.Signature);
        Assert.Equal(Hmac(Secret, stale.Timestamp!, stale.Body), stale.Signature);
        Assert.InRange(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(stale.Timestamp!, CultureInfo.InvariantCulture), 590, 630);
    }

    [Fact]
    public async Task A_replay_resends_the_same_bytes_signed_anew_and_a_reused_id_sends_another_body_under_the_same_id()
    {
        await using var oms = await WmsOmsStandIn.StartAsync();
        var (sim, http) = await StartAsync(oms);
        await using var _ = sim;

        var first = await Send(http, new SimWmsEventRequest(OrderId, "picked"));
        var replay = await Send(http, new SimWmsEventRequest(OrderId, "picked", SimWmsVariant.Replay, EventId: first.EventId));
        var reused = await Send(http, new SimWmsEventRequest(OrderId, "outbound_scan", SimWmsVariant.ReusedId));

        var requests = oms.Requests.ToArray();
        Assert.Equal(requests[0].Body, requests[1].Body);
        Assert.Equal(Hmac(Secret, requests[1].Timestamp!, requests[1].Body), requests[1].Signature);
        Assert.Equal((first.EventId, first.EventId), (replay.EventId, reused.EventId));
        Assert.NotEqual(requests[0].Body, requests[2].Body);
        using var json = JsonDocument.Parse(requests[2].Body);
        Assert.Equal((first.EventId, "outbound_scan"), (json.RootElement.GetProperty("eventId").GetString(), json.RootElement.GetProperty("type").GetString()));
        Assert.Equal(Hmac(Secret, requests[2].Timestamp!, requests[2].Body), requests[2].Signature);
    }

    [Fact]
    public async Task The_autopilot_picks_packs_and_scans_out_in_order_and_resends_an_unanswered_event_as_it_was()
    {
        await using var oms = await WmsOmsStandIn.StartAsync();
        oms.Answers.Enqueue(200);
        oms.Answers.Enqueue(503);    // packed: the OMS is down once
        var (sim, http) = await StartAsync(oms, delays: TimeSpan.Zero);
        await using var _ = sim;

        (await http.PostAsJsonAsync($"sim/wms/{Warehouse}/orders", new SimWmsAutopilotRequest(OrderId, "stockout-at-pick"))).EnsureSuccessStatusCode();
        var done = await Eventually.Until(
            async () => (await http.GetFromJsonAsync<SimWmsAutopilotOrder[]>($"sim/wms/{Warehouse}/orders"))!.Single(),
            o => o.NextType is null || o.Held is not null);

        Assert.Equal((null, null, 200), (done.NextType, done.Held, done.LastStatus));
        var events = oms.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToArray();
        Assert.Equal(["picked", "packed", "packed", "outbound_scan"], events.Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(oms.Requests.ElementAt(1).Body, oms.Requests.ElementAt(2).Body);
        Assert.Equal(3, events.Select(e => e.GetProperty("eventId").GetString()).Distinct().Count());
        Assert.Equal("stockout-at-pick", events[0].GetProperty("delayReason").GetString());
        Assert.All(oms.Requests, r => Assert.Equal(Hmac(Secret, r.Timestamp!, r.Body), r.Signature));
    }

    [Fact]
    public async Task The_autopilot_holds_an_order_the_OMS_refuses_with_its_answer()
    {
        await using var oms = await WmsOmsStandIn.StartAsync();
        oms.Answers.Enqueue(409);
        var (sim, http) = await StartAsync(oms, delays: TimeSpan.Zero);
        await using var _ = sim;

        (await http.PostAsJsonAsync($"sim/wms/{Warehouse}/orders", new SimWmsAutopilotRequest(OrderId))).EnsureSuccessStatusCode();
        var held = await Eventually.Until(
            async () => (await http.GetFromJsonAsync<SimWmsAutopilotOrder[]>($"sim/wms/{Warehouse}/orders"))!.Single(),
            o => o.Held is not null);

        Assert.Equal(("picked", 409), (held.NextType, held.LastStatus));
        Assert.Contains("stand-in answered 409", held.Held, StringComparison.Ordinal);
        Assert.Single(oms.Requests);
    }
}
