using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using OrderActors.Domain.Analytics;
using OrderActors.Grains.Analytics;
using OrderActors.Grains.Tracking;
using DomainStatus = OrderActors.Domain.Orders.OrderStatus;

namespace OrderActors.Integration.Tests.Orders;

/// <summary>GET /api/orders/search over the order_search read model, fed by the status-event projection.</summary>
[Collection(SystemCollection.Name)]
public sealed class OrderSearchApiTests(SystemFixture system)
{
    private static readonly DateTimeOffset Jan10 = new(2026, 1, 10, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Jan20 = new(2026, 1, 20, 9, 0, 0, TimeSpan.FromHours(8));

    private HttpClient Http => system.Http;

    [Fact]
    public async Task Each_key_and_filter_finds_exactly_the_orders_it_names()
    {
        await SearchableOrders.EnsureStock(Http);
        var shop = SearchableOrders.NewShop();
        var tail = Random.Shared.Next(1000, 7000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var first = await SearchableOrders.Submit(Http, shop, "P1", $"138-0013-{tail}", Jan10);
        var second = await SearchableOrders.Submit(Http, shop, "P2", "13700137000", Jan20);
        var both = await SearchableOrders.SearchUntil(Http, $"shop={shop}", r => r.Length == 2 && r.All(o => o.GetProperty("status").GetString() == "Allocated"));

        Assert.Equal([second, first], SearchableOrders.Ids(both));
        var row = both[1];
        Assert.Equal(("taobao", shop, "P1", "WH-SH"), (row.GetProperty("channel").GetString(), row.GetProperty("shop").GetString(),
            row.GetProperty("platformOrderId").GetString(), row.GetProperty("warehouse").GetString()));
        Assert.Equal($"*** **** {tail}", row.GetProperty("phone").GetString());
        Assert.Equal(Jan10, row.GetProperty("paidAt").GetDateTimeOffset());

        Assert.Equal([first], await Ids($"q={Uri.EscapeDataString(first)}"));
        Assert.Equal([first], await Ids($"q=P1&shop={shop}"));
        Assert.Equal([first], await Ids($"q={tail}&shop={shop}"));
        Assert.Equal([second], await Ids($"q=7000&shop={shop}"));
        Assert.Empty(await Ids($"q=0013&shop={shop}"));
        Assert.Equal([second, first], await Ids($"channel=taobao&shop={shop}"));
        Assert.Empty(await Ids($"channel=jd&shop={shop}"));
        Assert.Equal([second], await Ids($"from=2026-01-15&shop={shop}"));
        Assert.Equal([first], await Ids($"to=2026-01-15&shop={shop}"));
        Assert.Equal([first], await Ids($"from=2026-01-10T00:00:00Z&to=2026-01-10&shop={shop}"));
        Assert.Equal([second, first], await Ids($"status=allocated&shop={shop}"));

        (await Http.PostAsJsonAsync($"/api/orders/{second}/cancel", new { reason = "buyer asked", actor = "cs" })).EnsureSuccessStatusCode();
        await SearchableOrders.SearchUntil(Http, $"status=Cancelled&shop={shop}", r => SearchableOrders.Ids(r).SequenceEqual([second]));
        Assert.Equal([first], await Ids($"status=Allocated&shop={shop}"));

        var waybill = $"SF{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}";
        (await Http.PostAsJsonAsync($"/api/orders/{first}/outbound-scan", new { scanId = $"scan-{shop}", @operator = "packer" })).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync($"/api/orders/{first}/waybill", new { carrier = "SF", waybillNumber = waybill })).EnsureSuccessStatusCode();
        var shipped = await SearchableOrders.SearchUntil(Http, $"q={waybill}", r => r.Length == 1 && r[0].GetProperty("status").GetString() == "Shipped");
        Assert.Equal((first, waybill, "SF"), (shipped[0].GetProperty("orderId").GetString(), shipped[0].GetProperty("waybillNumber").GetString(), shipped[0].GetProperty("carrier").GetString()));
    }

    [Fact]
    public async Task Only_the_phone_tail_is_stored_and_answered()
    {
        await SearchableOrders.EnsureStock(Http);
        var shop = SearchableOrders.NewShop();
        const string Phone = "15912345678";
        var orderId = await SearchableOrders.Submit(Http, shop, "P1", Phone, Jan10);
        await SearchableOrders.SearchUntil(Http, $"q=5678&shop={shop}", r => r.Length == 1);

        // The first seven digits are what the tail hides (a shorter probe could match the digits of a timestamp).
        Assert.DoesNotContain(Phone[..7], await Http.GetStringAsync($"/api/orders/search?shop={shop}"), StringComparison.Ordinal);
        Assert.Equal("5678", await system.Database.Scalar<string>($"select phone_tail from order_search where order_id = '{orderId}'"));
        Assert.Equal(0L, await system.Database.Scalar<long>($"select count(*) from order_search s where s::text like '%{Phone}%'"));
    }

    [Fact]
    public async Task Pages_follow_the_cursor_newest_first_without_gaps_or_repeats()
    {
        await SearchableOrders.EnsureStock(Http);
        var shop = SearchableOrders.NewShop();
        var expected = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            expected.Insert(0, await SearchableOrders.Submit(Http, shop, $"P{i}", "13800138000", Jan10.AddMinutes(i)));
        }

        await SearchableOrders.SearchUntil(Http, $"shop={shop}", r => r.Length == 5);
        var seen = new List<string>();
        var pages = 0;
        string? after = null;
        do
        {
            var page = await SearchableOrders.Search(Http, $"shop={shop}&limit=2" + (after is null ? "" : $"&after={after}"));
            seen.AddRange(SearchableOrders.Ids(page.GetProperty("orders").EnumerateArray().ToArray()));
            after = page.GetProperty("next").GetString();
            pages++;
        }
        while (after is not null);

        Assert.Equal(3, pages);
        Assert.Equal(expected, seen);
    }

    [Theory]
    [InlineData("status=Lost", "status")]
    [InlineData("status=3", "status")]
    [InlineData("channel=ebay", "channel")]
    [InlineData("shop=a%20b", "shop")]
    [InlineData("from=2026-02-01&to=2026-01-01", "to")]
    [InlineData("from=yesterday", "from")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("after=not-a-cursor", "after")]
    [InlineData("after=MTIzfA", "after")]
    public async Task A_bad_filter_is_a_400_naming_the_field(string query, string field)
    {
        var response = await Http.GetAsync($"/api/orders/search?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task A_late_or_replayed_older_event_does_not_move_the_row_back()
    {
        await SearchableOrders.EnsureStock(Http);
        var shop = SearchableOrders.NewShop();
        var orderId = await SearchableOrders.Submit(Http, shop, "P1", "13800138000", Jan10);
        (await Http.PostAsJsonAsync($"/api/orders/{orderId}/outbound-scan", new { scanId = $"scan-{shop}", @operator = "packer" })).EnsureSuccessStatusCode();
        await SearchableOrders.SearchUntil(Http, $"shop={shop}", r => r.Length == 1 && r[0].GetProperty("status").GetString() == "Outbound");

        // The projection as a silo runs it, handed the order's first event again, late and with other facts.
        await using (var dataSource = NpgsqlDataSource.Create(system.Database.ConnectionString))
        {
            var store = new StatusEventStore(dataSource, Options.Create(new TrackingOptions()));
            await store.Append(new StatusEventRecord(orderId, 1, DomainStatus.Paid, Jan10, "taobao", "WH-GZ", null, []),
                new OrderSearchFacts("9999", "SF-OLD", Jan10, Jan10));
            await store.Append(new StatusEventRecord(orderId, 3, DomainStatus.Outbound, DateTimeOffset.UtcNow, "taobao", "WH-GZ", null, []),
                new OrderSearchFacts("9999", "SF-OLD", Jan10, Jan10));
        }

        var row = (await SearchableOrders.Search(Http, $"shop={shop}")).GetProperty("orders")[0];
        Assert.Equal(("Outbound", 3, "WH-SH", "*** **** 8000"), (row.GetProperty("status").GetString(), row.GetProperty("version").GetInt32(),
            row.GetProperty("warehouse").GetString(), row.GetProperty("phone").GetString()));
        Assert.Equal(JsonValueKind.Null, row.GetProperty("waybillNumber").ValueKind);
        Assert.Empty(await Ids("q=9999&shop=" + shop));
    }

    private async Task<string[]> Ids(string query) =>
        SearchableOrders.Ids((await SearchableOrders.Search(Http, query)).GetProperty("orders").EnumerateArray().ToArray());
}
