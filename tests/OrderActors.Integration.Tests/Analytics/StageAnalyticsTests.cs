using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderActors.Testing;

namespace OrderActors.Integration.Tests.Analytics;

/// <summary>
/// A week of orders driven through the real order grain over HTTP on a business clock the test moves, with
/// step times the test chose: the API's figures must equal the ones computed here from those times.
/// </summary>
public sealed class StageAnalyticsTests(AnalyticsWeekFixture week) : IClassFixture<AnalyticsWeekFixture>
{
    private const string Sku = "ANA-TEA";
    private const int PerDay = 6;
    private const int Days = 7;

    private static readonly string[] Steps = ["PaidToAllocated", "AllocatedToOutbound", "OutboundToShipped", "ShippedToDelivered"];

    private static readonly SemaphoreSlim Once = new(1);
    private static List<Planned>? _orders;

    private HttpClient Http => week.Http;

    [Fact]
    public async Task A_week_of_orders_gives_exactly_the_step_figures_of_their_known_times_and_Allocated_to_Outbound_is_the_bottleneck()
    {
        var orders = await RunTheWeek();
        var report = await Http.GetFromJsonAsync<JsonElement>("/api/analytics/stages?from=2026-11-09&to=2026-11-16");

        var expected = Figures(orders);
        Assert.Equal(expected, Actual(report.GetProperty("steps")));
        Assert.Equal("AllocatedToOutbound", report.GetProperty("bottleneck").GetString());
        Assert.Equal(Bottleneck(expected), report.GetProperty("bottleneck").GetString());
        Assert.Equal(0, report.GetProperty("topDelayReasons").GetArrayLength());

        // The order delivered after the week ends counts with its earlier steps only; the one placed after it not at all.
        Assert.Equal(Days * PerDay, expected["PaidToAllocated"].Count);
        Assert.Equal((Days * PerDay) - 1, expected["ShippedToDelivered"].Count);
    }

    [Fact]
    public async Task Per_warehouse_and_per_carrier_groups_equal_the_figures_of_their_orders()
    {
        var orders = await RunTheWeek();

        var byWarehouse = await Http.GetFromJsonAsync<JsonElement>("/api/analytics/stages?from=2026-11-09T00:00:00%2B08:00&to=2026-11-16T00:00:00%2B08:00&groupBy=warehouse&channel=web");
        var warehouses = orders.GroupBy(o => o.Warehouse!).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        Assert.True(warehouses.Count > 1, "the week's orders went to one warehouse only");
        Assert.Equal(warehouses.Select(g => g.Key), byWarehouse.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("key").GetString()));
        foreach (var (group, json) in warehouses.Zip(byWarehouse.GetProperty("groups").EnumerateArray()))
        {
            Assert.Equal(Figures(group), Actual(json.GetProperty("steps")));
            Assert.Equal(Bottleneck(Figures(group)), json.GetProperty("bottleneck").GetString());
        }

        var sf = await Http.GetFromJsonAsync<JsonElement>("/api/analytics/stages?from=2026-11-09&to=2026-11-16&groupBy=carrier&carrier=SF");
        Assert.Equal(["SF"], sf.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("key").GetString()));
        Assert.Equal(Figures(orders.Where(o => o.Carrier == "SF")), Actual(sf.GetProperty("steps")));

        var oneDay = await Http.GetFromJsonAsync<JsonElement>("/api/analytics/stages?from=2026-11-11&to=2026-11-12");
        Assert.Equal(Figures(orders, AnalyticsWeekFixture.Monday.AddDays(2), AnalyticsWeekFixture.Monday.AddDays(3)), Actual(oneDay.GetProperty("steps")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?from=2026-11-09")]
    [InlineData("?from=2026-11-16&to=2026-11-09")]
    [InlineData("?from=2026-11-09&to=2026-11-09")]
    [InlineData("?from=2026-01-01&to=2026-12-31")]
    [InlineData("?from=yesterday&to=2026-11-16")]
    [InlineData("?from=2026-11-09T00:00:00&to=2026-11-16")]
    [InlineData("?from=2026-11-09&to=2026-11-16&groupBy=shop")]
    [InlineData("?from=2026-11-09&to=2026-11-16&channel=ebay")]
    [InlineData("?from=2026-11-09&to=2026-11-16&warehouse=bad%20code")]
    public async Task A_bad_query_is_a_400_problem_naming_the_field(string query)
    {
        var response = await Http.GetAsync($"/api/analytics/stages{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject());
    }

    /// <summary>Runs the week once for the class: orders placed through the API, moved on by the scan, the waybill and delivery at chosen times.</summary>
    private async Task<List<Planned>> RunTheWeek()
    {
        await Once.WaitAsync();
        try
        {
            return _orders ??= await Drive();
        }
        finally
        {
            Once.Release();
        }
    }

    private async Task<List<Planned>> Drive()
    {
        (await Http.PutAsJsonAsync($"/api/skus/{Sku}", new { name = "Analytics tea" })).EnsureSuccessStatusCode();
        foreach (var warehouse in new[] { "WH-SH", "WH-GZ" })
        {
            (await Http.PutAsJsonAsync($"/api/inventory/{Sku}/{warehouse}", new { onHand = 1000 })).EnsureSuccessStatusCode();
        }

        var orders = Enumerable.Range(0, (Days * PerDay) + 1).Select(Plan).ToList();
        var actions = orders.SelectMany(o => new (DateTimeOffset At, int Step, Planned Order)[] { (o.Paid, 0, o), (o.Outbound, 1, o), (o.Shipped, 2, o), (o.Delivered, 3, o) })
            .OrderBy(a => a.At).ThenBy(a => a.Step).ToList();
        foreach (var (at, step, order) in actions)
        {
            if (at > week.Clock.GetUtcNow())
            {
                week.Clock.SetUtcNow(at);
            }

            var path = $"/api/orders/{order.Id}";
            var response = step switch
            {
                0 => await Http.Submit(new
                {
                    shop = "analytics",
                    lines = new[] { new { sku = Sku, quantity = 1, unitPriceFen = 100 } },
                    address = order.K % 2 == 0
                        ? new { recipient = "A", phone = "13800138000", province = "上海", city = "上海", detail = "x" }
                        : new { recipient = "A", phone = "13800138000", province = "广东", city = "广州", detail = "x" },
                }, order.Key),
                1 => await Http.PostAsJsonAsync($"{path}/outbound-scan", new { scanId = $"scan-{order.K}", @operator = "packer" }),
                2 => await Http.PostAsJsonAsync($"{path}/waybill", new { carrier = order.Carrier, waybillNumber = $"{order.Carrier}{900000 + order.K}" }),
                _ => await Http.PostAsJsonAsync($"{path}/delivery", new { source = "carrier" }),
            };
            response.EnsureSuccessStatusCode();
        }

        foreach (var order in orders)
        {
            order.Warehouse = (await Http.GetFromJsonAsync<JsonElement>($"/api/orders/{order.Id}")).GetProperty("order").GetProperty("warehouse").GetString();
        }

        // The projection is written by the tracking grains as the stream delivers; wait until it holds the whole week.
        var count = await Eventually.Until(
            () => week.Database.Scalar<long>("select count(*) from order_status_events where order_id like 'web:analytics:%'"),
            n => n == orders.Count * 5, TimeSpan.FromSeconds(60));
        Assert.Equal(orders.Count * 5, count);
        return orders.Where(o => o.Paid < AnalyticsWeekFixture.Monday.AddDays(Days)).ToList();
    }

    /// <summary>
    /// Six orders a day, three hours apart. Allocation happens within the paying call (0 s). Then 4-9 h to the
    /// outbound scan, 10-59 min to the waybill, 30-119 min to delivery: Allocated → Outbound is the slowest step,
    /// as in the client's table. The last order of the week is delivered the next week; one more is placed then.
    /// </summary>
    private static Planned Plan(int k)
    {
        var paid = AnalyticsWeekFixture.Monday.AddDays(k / PerDay).AddHours(1 + (3 * (k % PerDay)));
        var outbound = paid.AddMinutes(240 + (k * 37 % 300));
        var shipped = outbound.AddMinutes(10 + (k * 13 % 50));
        var delivered = k == (Days * PerDay) - 1 ? shipped.AddHours(9) : shipped.AddMinutes(30 + (k * 17 % 90));
        return new Planned(k, $"ana-{k}-{RunId}", k % 3 == 0 ? "ZTO" : "SF", paid, outbound, shipped, delivered);
    }

    private static readonly string RunId = Guid.NewGuid().ToString("N")[..8];

    /// <summary>The figures computed here from the planned times: steps ending in [from, to), nearest-rank percentiles.</summary>
    private static Dictionary<string, Figure> Figures(IEnumerable<Planned> orders, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var (start, end) = (from ?? AnalyticsWeekFixture.Monday, to ?? AnalyticsWeekFixture.Monday.AddDays(Days));
        var list = orders.ToList();
        (DateTimeOffset Start, DateTimeOffset End)[][] spans =
        [
            [.. list.Select(o => (o.Paid, o.Paid))],
            [.. list.Select(o => (o.Paid, o.Outbound))],
            [.. list.Select(o => (o.Outbound, o.Shipped))],
            [.. list.Select(o => (o.Shipped, o.Delivered))],
        ];
        return Steps.Zip(spans).ToDictionary(x => x.First, x =>
        {
            var seconds = x.Second.Where(s => s.End >= start && s.End < end).Select(s => (long)(s.End - s.Start).TotalSeconds).Order().ToList();
            if (seconds.Count == 0)
            {
                return new Figure(0, null, null, null);
            }

            double Rank(int p) => seconds[Math.Max(((p * seconds.Count) + 99) / 100, 1) - 1];
            return new Figure(seconds.Count, Math.Round((double)seconds.Sum() / seconds.Count, 3, MidpointRounding.AwayFromZero), Rank(50), Rank(90));
        });
    }

    private static string? Bottleneck(Dictionary<string, Figure> figures) =>
        figures.Where(f => f.Value.Count > 0).OrderByDescending(f => f.Value.Mean).ThenByDescending(f => f.Value.P90).Select(f => f.Key).FirstOrDefault();

    private static Dictionary<string, Figure> Actual(JsonElement steps) =>
        steps.EnumerateArray().ToDictionary(s => s.GetProperty("step").GetString()!, s => new Figure(
            s.GetProperty("count").GetInt32(), Number(s.GetProperty("meanSeconds")), Number(s.GetProperty("p50Seconds")), Number(s.GetProperty("p90Seconds"))));

    private static double? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();

    private sealed record Figure(int Count, double? Mean, double? P50, double? P90);

    private sealed record Planned(int K, string Key, string Carrier, DateTimeOffset Paid, DateTimeOffset Outbound, DateTimeOffset Shipped, DateTimeOffset Delivered)
    {
        public string Id => $"web:analytics:{Key}";

        public string? Warehouse { get; set; }
    }
}
