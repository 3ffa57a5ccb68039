using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderActors.Testing;

namespace OrderActors.Integration.Tests.Console;

/// <summary>GET /api/analytics/overview on a system of its own, so the counts are exactly the orders made here.</summary>
public sealed class OrderFlowOverviewTests(SystemFixture system) : IClassFixture<SystemFixture>
{
    private HttpClient Http => system.Http;

    [Fact]
    public async Task The_overview_counts_the_orders_per_channel_and_status_and_the_backlog_holds_each_order_in_its_latest_status()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        foreach (var key in new[] { "ov-web-1", "ov-web-2" })
        {
            (await Http.Submit(OrderRequests.Valid(), key)).EnsureSuccessStatusCode();
        }

        (await Http.Submit(new { channel = "jd", shop = "jd-main", platformOrderId = "ov-jd-1", lines = new[] { new { sku = "TEA-1", quantity = 1, unitPriceFen = 100 } },
            address = new { recipient = "Li Lei", phone = "13900139000", province = "浙江省", city = "杭州", district = "Xihu", detail = "2 Longjing Rd" } }, null)).EnsureSuccessStatusCode();

        // Each order is paid and allocated at once (stock in Shanghai): the projection receives both changes asynchronously.
        var overview = await Eventually.Until(() => Overview(60), o => Count(o, "web", "Allocated") == 2 && Count(o, "jd", "Allocated") == 1);
        Assert.Equal(2, Count(overview, "web", "Paid"));
        Assert.Equal(1, Count(overview, "jd", "Paid"));
        Assert.Equal(2, Count(overview, "web", "Allocated"));
        Assert.Equal(1, Count(overview, "jd", "Allocated"));
        Assert.Equal(6, overview.GetProperty("minutes").EnumerateArray().Sum(m => m.GetProperty("count").GetInt32()));

        var backlog = Backlog(overview);
        Assert.Equal(["Created", "Paid", "Allocated", "Outbound", "Shipped"], backlog.Keys);
        Assert.Equal(0, backlog["Paid"].GetProperty("orders").GetInt32());
        Assert.Equal(3, backlog["Allocated"].GetProperty("orders").GetInt32());
        var oldest = backlog["Allocated"].GetProperty("oldestSince").GetDateTimeOffset();
        Assert.InRange(oldest, before, DateTimeOffset.UtcNow);
        Assert.True(backlog["Allocated"].GetProperty("oldestAgeSeconds").GetDouble() >= 0);
        Assert.Equal(JsonValueKind.Null, backlog["Outbound"].GetProperty("oldestSince").ValueKind);

        // A late or repeated event of an older version does not move the order back.
        var orderId = $"jd:jd-main:ov-jd-1";
        Assert.Equal(1, await system.Database.Scalar<long>(
            $"with e as (insert into order_status_events (order_id, version, status, at, channel) values ('{orderId}', 0, 'Created', now(), 'jd') on conflict do nothing returning 1) select count(*) from e"));
        Assert.Equal("Allocated", await system.Database.Scalar<string>($"select status from order_search where order_id = '{orderId}'"));
        Assert.Equal(3, Backlog(await Overview(60))["Allocated"].GetProperty("orders").GetInt32());
        Assert.Equal(0, Backlog(await Overview(60))["Created"].GetProperty("orders").GetInt32());

        // A window of one minute still holds them; the window is always [now - minutes, now).
        var window = await Overview(1);
        Assert.Equal(TimeSpan.FromMinutes(1), window.GetProperty("to").GetDateTimeOffset() - window.GetProperty("from").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1441")]
    [InlineData("abc")]
    [InlineData("-5")]
    public async Task An_overview_window_outside_one_minute_to_a_day_is_refused_with_the_field(string minutes)
    {
        var response = await Http.GetAsync($"/api/analytics/overview?minutes={minutes}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["minutes"], await ConsoleApiTests.ErrorFields(response));
    }

    private async Task<JsonElement> Overview(int minutes) => await Http.GetFromJsonAsync<JsonElement>($"/api/analytics/overview?minutes={minutes}");

    /// <summary>Orders of the channel that reached the status in the overview's window.</summary>
    internal static int Count(JsonElement overview, string channel, string status) =>
        overview.GetProperty("minutes").EnumerateArray()
            .Where(m => m.GetProperty("channel").GetString() == channel && m.GetProperty("status").GetString() == status)
            .Sum(m => m.GetProperty("count").GetInt32());

    internal static Dictionary<string, JsonElement> Backlog(JsonElement overview) =>
        overview.GetProperty("backlog").EnumerateArray().ToDictionary(b => b.GetProperty("status").GetString()!);
}
