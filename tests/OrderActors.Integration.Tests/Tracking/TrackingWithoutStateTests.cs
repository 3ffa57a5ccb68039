using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Carriers;
using OrderActors.Grains.Storage;
using OrderActors.Testing;
using Orleans.Storage;

namespace OrderActors.Integration.Tests.Tracking;

/// <summary>
/// Against real PostgreSQL: the tracking grain stores nothing of its own. Orders are submitted, one is shipped and gets
/// carrier events; then the whole silo restarts, so every tracking grain is a new activation that must load its
/// timeline from the order and its carrier events from the parcel.
/// </summary>
public sealed class TrackingWithoutStateTests : IAsyncLifetime
{
    private readonly SystemFixture _system = new();

    public Task InitializeAsync() => _system.InitializeAsync();

    public Task DisposeAsync() => _system.DisposeAsync();

    [Fact]
    public async Task Submits_store_no_tracking_state_and_after_a_restart_each_timeline_loads_the_same_steps_and_carrier_events()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var key = OrderRequests.NewKey();
            (await _system.Http.Submit(OrderRequests.Valid(), key)).EnsureSuccessStatusCode();
            ids.Add($"web:flagship:{key}");
        }

        var shipped = ids[0];
        var waybill = "SF" + Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999);
        (await _system.Http.PostAsJsonAsync($"/api/orders/{Uri.EscapeDataString(shipped)}/outbound-scan", new { scanId = $"scan-{shipped}", @operator = "packer-1" }))
            .EnsureSuccessStatusCode();
        (await _system.Http.ShipViaApi(shipped, "SF", waybill)).EnsureSuccessStatusCode();

        // A waybill bound through the API is not tied to its parcel by the order grain (only issued ones are): the test ties it.
        Assert.True(await _system.Api.Services.GetRequiredService<IClusterClient>().GetGrain<IParcelGrain>($"SF:{waybill}").Bind(shipped));
        var t = DateTimeOffset.UtcNow.AddHours(-3);
        (await _system.Http.PushSf(CarrierPushes.SfBody(
            CarrierPushes.SfRoute(waybill, "50", China(t), remark: "顺丰速运 已收取快件"),
            CarrierPushes.SfRoute(waybill, "30", China(t.AddHours(2)), remark: "快件已发车")))).EnsureSuccessStatusCode();

        var before = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var versions = id == shipped ? 4 : 2;
            before[id] = await Eventually.Until(() => Tracking(id), timeline => timeline.GetProperty("steps").GetArrayLength() == versions
                && (id != shipped || timeline.GetProperty("carrierEvents").GetArrayLength() == 2));
            Assert.Equal(await History(id), Steps(before[id]));
        }

        Assert.Equal(["PickedUp", "InTransit"], CarrierStates(before[shipped]));
        await Eventually.Until(() => _system.Database.Scalar<long>("select count(*) from order_status_events"), n => n == (4 * 2) + 4);

        // Orders are stored (in their own table since 0025), tracking timelines nowhere.
        Assert.Equal(5L, await _system.Database.Scalar<long>("select count(*) from order_state where order_id like 'web:flagship:%'"));
        Assert.Equal(0L, await _system.Database.Scalar<long>("select count(*) from orleans_grain_state where grain_type = 'tracking'"));

        // What the previous version stored for every order, written through the same storage provider: migration 0023 deletes
        // exactly those rows.
        var storage = _system.Silo.Services.GetRequiredKeyedService<IGrainStorage>(OrleansNames.GrainStorage);
        await storage.WriteStateAsync("tracking", GrainId.Create("tracking", ids[0]), new GrainState<string>("a timeline stored before 0023"));
        Assert.Equal(1L, await _system.Database.Scalar<long>($"select count(*) from orleans_grain_state where grain_type = 'tracking' and grain_id_extension = '{ids[0]}'"));
        var rows = await _system.Database.Scalar<long>("select count(*) from orleans_grain_state");
        await _system.Database.Scalar<long>(DatabaseMigrator.Scripts.Single(s => s.Name.StartsWith("0023_", StringComparison.Ordinal)).Sql + "\nselect 1::bigint;");
        Assert.Equal((0L, rows - 1), (await _system.Database.Scalar<long>("select count(*) from orleans_grain_state where grain_type = 'tracking'"),
            await _system.Database.Scalar<long>("select count(*) from orleans_grain_state")));

        // An event the projection lost (its silo died before the batch was written, say): the next load puts it back.
        Assert.Equal(1L, await _system.Database.Scalar<long>($"with d as (delete from order_status_events where order_id = '{ids[1]}' and version = 2 returning 1) select count(*) from d"));

        await _system.StopAll();
        await _system.StartSilo();
        _system.StartApi();

        foreach (var id in ids)
        {
            var after = await Tracking(id);
            Assert.Equal(Steps(before[id]), Steps(after));
            Assert.Equal(await History(id), Steps(after));

            // Loading what a new activation has not heard is not a repair.
            Assert.Equal((0, 0, 0, 0), (after.GetProperty("repairs").GetInt32(), after.GetProperty("repairsOnGap").GetInt32(),
                after.GetProperty("repairsOnCheck").GetInt32(), after.GetProperty("repairsOnRead").GetInt32()));
        }

        var reloaded = await Tracking(shipped);
        Assert.Equal(("SF", waybill), (reloaded.GetProperty("carrier").GetString(), reloaded.GetProperty("waybillNumber").GetString()));
        Assert.Equal(before[shipped].GetProperty("carrierEvents").ToString(), reloaded.GetProperty("carrierEvents").ToString());
        Assert.Equal(1L, await _system.Database.Scalar<long>($"select count(*) from order_status_events where order_id = '{ids[1]}' and version = 2"));
        Assert.Equal(0L, await _system.Database.Scalar<long>("select count(*) from orleans_grain_state where grain_type = 'tracking'"));
    }

    private async Task<JsonElement> Tracking(string orderId) =>
        await _system.Http.GetFromJsonAsync<JsonElement>($"/api/orders/{Uri.EscapeDataString(orderId)}/tracking");

    private async Task<List<string>> History(string orderId) =>
        Steps((await _system.Http.GetFromJsonAsync<JsonElement>($"/api/orders/{Uri.EscapeDataString(orderId)}")).GetProperty("order").GetProperty("history"));

    private static List<string> Steps(JsonElement timelineOrHistory)
    {
        var steps = timelineOrHistory.ValueKind == JsonValueKind.Array ? timelineOrHistory : timelineOrHistory.GetProperty("steps");
        return [.. steps.EnumerateArray().Select(s => $"{s.GetProperty("version").GetInt32()} {s.GetProperty("status").GetString()} {s.GetProperty("at").GetDateTimeOffset().UtcTicks}")];
    }

    private static List<string> CarrierStates(JsonElement timeline) =>
        [.. timeline.GetProperty("carrierEvents").EnumerateArray().Select(e => e.GetProperty("state").GetString()!)];

    private static string China(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
