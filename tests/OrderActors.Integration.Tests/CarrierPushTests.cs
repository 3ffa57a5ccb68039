using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderActors.GrainInterfaces.Carriers;
using OrderActors.Testing;

namespace OrderActors.Integration.Tests;

/// <summary>The carrier push endpoints over HTTP against a real silo and PostgreSQL.</summary>
[Collection(SystemCollection.Name)]
public sealed class CarrierPushTests(SystemFixture system)
{
    private HttpClient Http => system.Http;

    private static string NewSfWaybill() => "SF" + Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999);

    private static string China(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Forged_unsigned_stale_and_foreign_sf_pushes_are_refused_and_change_nothing()
    {
        var waybill = NewSfWaybill();
        var body = CarrierPushes.SfBody(CarrierPushes.SfRoute(waybill, "50", China(DateTimeOffset.UtcNow)));
        var before = await system.Footprint();

        var forged = await Http.PushSf(body, checkWord: "guessed-check-word");
        var unsigned = await Http.PushSf(body, checkWord: null);
        var stale = await Http.PushSf(body, timestamp: DateTimeOffset.UtcNow.AddMinutes(-10));
        var foreign = await Http.PushSf(body, partnerId: "someone-else");
        var tampered = await Http.PushSf(body, signed: body.Replace("\"50\"", "\"80\"", StringComparison.Ordinal));

        foreach (var refused in new[] { forged, unsigned, stale, foreign, tampered })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal("1000", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("return_code").GetString());
        }

        Assert.Equal(before, await system.Footprint());
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/api/carriers/parcels/SF/{waybill}")).StatusCode);
    }

    [Fact]
    public async Task A_push_with_one_bad_route_is_400_and_none_of_its_routes_is_applied()
    {
        var good = NewSfWaybill();
        var body = CarrierPushes.SfBody(
            CarrierPushes.SfRoute(good, "50", China(DateTimeOffset.UtcNow)),
            CarrierPushes.SfRoute("SF 12", "30", China(DateTimeOffset.UtcNow)),
            CarrierPushes.SfRoute(NewSfWaybill(), "30", "yesterday"));
        var before = await system.Footprint();

        var response = await Http.PushSf(body);
        var notJson = await Http.PushSf("{\"Body\":");
        var wrongShape = await Http.PushSf("{\"routes\":[]}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("WaybillRoute[1].mailno", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("WaybillRoute[2]: acceptTime", errors[1], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongShape.StatusCode);
        Assert.Equal(before, await system.Footprint());
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/api/carriers/parcels/SF/{good}")).StatusCode);
    }

    [Fact]
    public async Task A_valid_sf_push_repeated_and_reordered_reaches_the_orders_tracking_timeline_and_delivers_the_order()
    {
        var key = OrderRequests.NewKey();
        var orderId = $"web:flagship:{key}";
        var waybill = NewSfWaybill();
        (await Http.Submit(OrderRequests.Valid(), key)).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync($"/api/orders/{Uri.EscapeDataString(orderId)}/outbound-scan", new { scanId = $"scan-{key}", @operator = "packer-1" })).EnsureSuccessStatusCode();
        (await Http.ShipViaApi(orderId, "SF", waybill)).EnsureSuccessStatusCode();

        // The order grain binds the parcel when it issues the waybill; here the waybill came through the API, so the test binds it.
        await using (var api = new ApiFactory(system.Database.ConnectionString, system.ClusterId))
        {
            Assert.True(await api.Services.GetRequiredService<IClusterClient>().GetGrain<IParcelGrain>($"SF:{waybill}").Bind(orderId));
        }

        var t = DateTimeOffset.UtcNow.AddHours(-20);
        var picked = CarrierPushes.SfRoute(waybill, "50", China(t), remark: "顺丰速运 已收取快件");
        var moving = CarrierPushes.SfRoute(waybill, "30", China(t.AddHours(6)), remark: "快件已发车");
        var outFor = CarrierPushes.SfRoute(waybill, "44", China(t.AddHours(18)), "上海市", "快件交给王师傅(13800138000)，正在派送途中");
        var signed = CarrierPushes.SfRoute(waybill, "80", China(t.AddHours(19)), "上海市", "已签收");

        var first = await Http.PushSf(CarrierPushes.SfBody(moving, picked, moving));
        var second = await Http.PushSf(CarrierPushes.SfBody(signed, outFor, picked));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("0000", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("return_code").GetString());

        var order = await Http.GetFromJsonAsync<JsonElement>($"/api/orders/{Uri.EscapeDataString(orderId)}");
        Assert.Equal("Delivered", order.GetProperty("order").GetProperty("status").GetString());
        var events = order.GetProperty("tracking").GetProperty("carrierEvents").EnumerateArray().ToList();
        Assert.Equal(["PickedUp", "InTransit", "OutForDelivery", "Delivered"], events.Select(e => e.GetProperty("state").GetString()));
        Assert.DoesNotContain("13800138000", order.ToString(), StringComparison.Ordinal);

        var parcel = await Http.GetFromJsonAsync<JsonElement>($"/api/carriers/parcels/sf/{waybill}");
        Assert.Equal(("Delivered", false), (parcel.GetProperty("state").GetString(), parcel.GetProperty("polling").GetBoolean()));
    }

    [Fact]
    public async Task Aggregator_snapshots_are_verified_and_their_full_lists_merge_without_repeats()
    {
        var waybill = "73" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999);
        var t = DateTimeOffset.UtcNow.AddHours(-5);
        var early = CarrierPushes.Snapshot("zhongtong", waybill, "0", (China(t.AddHours(2)), "快件已发往上海", "0"), (China(t), "快件已被揽收", "1"));
        var later = CarrierPushes.Snapshot("zhongtong", waybill, "5", (China(t.AddHours(4)), "正在派件", "5"), (China(t.AddHours(2)), "快件已发往上海", "0"), (China(t), "快件已被揽收", "1"));
        var before = await system.Footprint();

        var forged = await Http.PushSnapshot(early, salt: "wrong-salt");
        var unknownCarrier = await Http.PushSnapshot(CarrierPushes.Snapshot("ems", waybill, "0", (China(t), "x", "0")));
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.False((await forged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("result").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, unknownCarrier.StatusCode);
        Assert.Equal(before, await system.Footprint());

        foreach (var param in new[] { early, later, later })
        {
            var response = await Http.PushSnapshot(param);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("200", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("returnCode").GetString());
        }

        var parcel = await Http.GetFromJsonAsync<JsonElement>($"/api/carriers/parcels/ZTO/{waybill}");
        Assert.Equal("OutForDelivery", parcel.GetProperty("state").GetString());
        Assert.Equal(3, parcel.GetProperty("events").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, parcel.GetProperty("orderId").ValueKind);
    }
}
