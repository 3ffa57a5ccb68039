using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OrderActors.GrainInterfaces.Carriers;
using OrderActors.GrainInterfaces.Tracking;
using OrderActors.Testing;

namespace OrderActors.Integration.Tests.Tracking;

[Collection(SystemCollection.Name)]
public sealed class TrackingLinkTests(SystemFixture system)
{
    private const string Name = "Han Meimei";
    private const string Street = "1 Longjing Rd";
    private const string Phone = "13900139000";
    private const string Sku = "TRK-LINK-1";

    private HttpClient Http => system.Http;

    [Fact]
    public async Task A_link_is_created_once_per_request_id_and_only_its_hash_is_stored()
    {
        var orderId = await ShippedOrder();
        var requestId = OrderRequests.NewKey();

        var created = await Http.PostAsJsonAsync($"/api/orders/{orderId}/tracking-links", new { requestId });
        var again = await Http.PostAsJsonAsync($"/api/orders/{orderId}/tracking-links", new { requestId });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var first = await created.Content.ReadFromJsonAsync<JsonElement>();
        var second = await again.Content.ReadFromJsonAsync<JsonElement>();
        var token = first.GetProperty("token").GetString()!;
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        Assert.EndsWith($"/t/{token}", first.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(first.ToString(), second.ToString());

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(token))).ToLowerInvariant();
        Assert.Equal(1L, await system.Database.Scalar<long>($"select count(*) from tracking_links where order_id = '{orderId}'"));
        Assert.Equal(1L, await system.Database.Scalar<long>($"select count(*) from tracking_links where encode(token_hash, 'hex') = '{hash}'"));
        Assert.Equal(0L, await system.Database.Scalar<long>($"select count(*) from tracking_links t where t::text like '%{token}%'"));

        var other = await Http.PostAsJsonAsync($"/api/orders/{orderId}/tracking-links", new { requestId = OrderRequests.NewKey() });
        Assert.NotEqual(token, (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        Assert.Equal(2, (await Http.GetFromJsonAsync<JsonElement>($"/api/orders/{orderId}/tracking-links")).GetArrayLength());
    }

    [Fact]
    public async Task The_public_json_and_page_show_the_path_carrier_city_and_masked_phone_and_nothing_else_personal()
    {
        var orderId = await ShippedOrder();
        await using var api = new ApiFactory(system.Database.ConnectionString, system.ClusterId);
        await api.Services.GetRequiredService<IClusterClient>().GetGrain<ITrackingGrain>(orderId).RecordCarrierEvents("SF", Waybill(orderId),
        [
            new CarrierTrackingEvent("e1", new DateTimeOffset(2026, 11, 9, 10, 5, 0, TimeSpan.Zero), ParcelState.PickedUp, "50", "杭州市", "快件已揽收"),
            new CarrierTrackingEvent("e2", new DateTimeOffset(2026, 11, 9, 20, 0, 0, TimeSpan.Zero), ParcelState.InTransit, "30", "上海市", "到达上海转运中心"),
        ]);
        var token = await NewToken(orderId);

        var json = await Http.GetAsync($"/api/public/tracking/{token}");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("no-store", json.Headers.CacheControl?.ToString());
        var body = await json.Content.ReadAsStringAsync();
        var tracking = JsonDocument.Parse(body).RootElement;
        Assert.Equal(
            ["status", "steps", "carrier", "waybillNumber", "carrierEvents", "destinationCity", "maskedPhone"],
            tracking.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Shipped", tracking.GetProperty("status").GetString());
        Assert.Equal(["Paid", "Allocated", "Outbound", "Shipped"], tracking.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(("SF", Waybill(orderId)), (tracking.GetProperty("carrier").GetString(), tracking.GetProperty("waybillNumber").GetString()));
        Assert.Equal(["杭州市", "上海市"], tracking.GetProperty("carrierEvents").EnumerateArray().Select(e => e.GetProperty("city").GetString()));
        Assert.Equal(["at", "state", "city", "description"], tracking.GetProperty("carrierEvents")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("杭州", "139****9000"), (tracking.GetProperty("destinationCity").GetString(), tracking.GetProperty("maskedPhone").GetString()));
        NothingPersonal(body, orderId);

        var page = await Http.GetAsync($"/t/{token}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        var html = await page.Content.ReadAsStringAsync();
        foreach (var shown in new[] { "已支付", "已配货", "已出库", "已发货", "SF", Waybill(orderId), "杭州", "139****9000", "快件已揽收", "到达上海转运中心", "2026-11-09 18:05", "2026-11-10 04:00" })
        {
            Assert.Contains(shown, html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        NothingPersonal(html, orderId);
    }

    [Fact]
    public async Task A_forged_or_malformed_token_gets_the_same_404_and_changes_nothing()
    {
        var orderId = await ShippedOrder();
        await NewToken(orderId);
        var before = await State();

        var forged = await Http.GetAsync($"/api/public/tracking/{Base64Url(RandomNumberGenerator.GetBytes(32))}");
        var malformed = await Http.GetAsync("/api/public/tracking/not-a-token");
        var page = await Http.GetAsync($"/t/{Base64Url(RandomNumberGenerator.GetBytes(32))}");

        Assert.All([forged, malformed, page], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
        var bodies = await Task.WhenAll(new[] { forged, malformed, page }.Select(r => r.Content.ReadAsStringAsync()));
        Assert.Single(bodies.Select(WithoutTraceId).Distinct());
        Assert.Equal(before, await State());
    }

    [Fact]
    public async Task A_revoked_link_answers_exactly_like_a_forged_one()
    {
        var orderId = await ShippedOrder();
        var created = await (await Http.PostAsJsonAsync($"/api/orders/{orderId}/tracking-links", new { requestId = OrderRequests.NewKey() })).Content.ReadFromJsonAsync<JsonElement>();
        var (token, linkId) = (created.GetProperty("token").GetString()!, created.GetProperty("linkId").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync($"/api/public/tracking/{token}")).StatusCode);

        var revoked = await Http.DeleteAsync($"/api/orders/{orderId}/tracking-links/{linkId}");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.NotEqual(JsonValueKind.Null, (await revoked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revokedAt").ValueKind);

        var gone = await Http.GetAsync($"/api/public/tracking/{token}");
        var forged = await Http.GetAsync($"/api/public/tracking/{Base64Url(RandomNumberGenerator.GetBytes(32))}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(WithoutTraceId(await forged.Content.ReadAsStringAsync()), WithoutTraceId(await gone.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/t/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.DeleteAsync($"/api/orders/{orderId}/tracking-links/no-such-link")).StatusCode);
    }

    [Fact]
    public async Task Too_many_requests_from_one_address_get_429_with_retry_after()
    {
        await using var api = new ApiFactory(system.Database.ConnectionString, system.ClusterId);
        using var http = api.WithWebHostBuilder(b => b.UseSetting("OrderActors:Tracking:PermitLimit", "3").UseSetting("OrderActors:Tracking:Window", "00:10:00")).CreateClient();
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await http.GetAsync($"/api/public/tracking/{token}"));
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        var limited = answers[^1];
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 600);
        Assert.Equal(429, (await limited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await http.GetAsync($"/t/{token}")).StatusCode);

        // The seller's own endpoints are not limited.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/warehouses")).StatusCode);
    }

    [Fact]
    public async Task A_create_without_a_request_id_or_for_an_unknown_order_is_refused()
    {
        var orderId = await ShippedOrder();
        Assert.Equal(HttpStatusCode.BadRequest, (await Http.PostAsJsonAsync($"/api/orders/{orderId}/tracking-links", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Http.PostAsJsonAsync($"/api/orders/{orderId}/tracking-links", new { requestId = "bad id!" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.PostAsJsonAsync("/api/orders/web:flagship:nobody/tracking-links", new { requestId = "r1" })).StatusCode);
    }

    /// <summary>An order scanned out and handed to SF with a waybill (Shipped), recipient Han Meimei in Hangzhou.</summary>
    private async Task<string> ShippedOrder()
    {
        // A SKU of these tests' own, so other tests' orders never take its stock.
        (await Http.PutAsJsonAsync($"/api/skus/{Sku}", new { name = "Tracked tea" })).EnsureSuccessStatusCode();
        (await Http.PutAsJsonAsync($"/api/inventory/{Sku}/WH-SH", new { onHand = 1000 })).EnsureSuccessStatusCode();
        var key = OrderRequests.NewKey();
        (await Http.Submit(OrderRequests.Valid(sku: Sku), key)).EnsureSuccessStatusCode();
        var orderId = $"web:flagship:{key}";
        (await Http.PostAsJsonAsync($"/api/orders/{orderId}/outbound-scan", new { scanId = $"scan-{key}", @operator = "packer" })).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync($"/api/orders/{orderId}/waybill", new { carrier = "SF", waybillNumber = Waybill(orderId) })).EnsureSuccessStatusCode();
        await Eventually.Until(async () => await Http.GetFromJsonAsync<JsonElement>($"/api/orders/{orderId}/tracking"), t => t.GetProperty("steps").GetArrayLength() == 4);
        return orderId;
    }

    private async Task<string> NewToken(string orderId)
    {
        var created = await Http.PostAsJsonAsync($"/api/orders/{orderId}/tracking-links", new { requestId = OrderRequests.NewKey() });
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private async Task<(long, long, long, long, long, long)> State()
    {
        var (rows, versions, journal) = await system.Footprint();
        return (rows, versions, journal,
            await system.Database.Scalar<long>("select count(*) from tracking_links"),
            await system.Database.Scalar<long>("select count(*) from tracking_links where revoked_at is not null"),
            await system.Database.Scalar<long>("select count(*) from order_status_events"));
    }

    private static void NothingPersonal(string text, string orderId)
    {
        foreach (var secret in new[] { Name, "Meimei", Street, "Longjing", "Xihu", Phone, orderId, orderId.Split(':')[2] })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string Waybill(string orderId) => "SF" + (uint)orderId.GetHashCode(StringComparison.Ordinal);

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    private static string WithoutTraceId(string problem) => System.Text.RegularExpressions.Regex.Replace(problem, "\"traceId\":\"[^\"]*\"", string.Empty);
}
