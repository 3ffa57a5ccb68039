using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Channels.WebStore;
using OrderActors.Simulators;
using OrderActors.Simulators.WebStore;

namespace OrderActors.Simulators.Tests;

public sealed class WebStorePullTests
{
    private static readonly DateTimeOffset DayStart = new(2024, 5, 1, 0, 0, 0, WebOrders.China);
    private static readonly PullWindow Day = new(DayStart, DayStart.AddDays(1));

    [Fact]
    public async Task A_pull_of_a_day_over_several_pages_returns_every_order_exactly_once_oldest_first()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        var inWindow = Enumerable.Range(1, 230)
            // Orders share an updated second in groups of 7, so ties have to page stably too.
            .Select(i => WebOrders.Paid(WebOrders.Id(i), DayStart.AddMinutes(i / 7 * 40)))
            .Append(WebOrders.Paid("ON-START", Day.Start))
            .Append(WebOrders.Paid("ON-END", Day.End))
            .ToList();
        var outside = new[] { WebOrders.Paid("BEFORE", Day.Start.AddSeconds(-1)), WebOrders.Paid("AFTER", Day.End.AddTicks(1)) };
        await bed.SeedAsync(inWindow.Concat(outside));
        var client = bed.Client();

        var pages = new List<WebStoreOrderPage>();
        for (var page = 1; ; page++)
        {
            var data = await client.ListUpdatedAsync(bed.Session.AccessToken, Day, page, pageSize: 50);
            pages.Add(data);
            if (!data.HasNext)
            {
                break;
            }
        }

        var pulled = pages.SelectMany(p => p.Orders).ToList();
        Assert.Equal(5, pages.Count);                                              // 232 orders, 50 a page
        Assert.All(pages, p => Assert.Equal(232, p.Total));
        Assert.Equal(pulled.OrderBy(o => o.UpdatedAt).ThenBy(o => o.Id, StringComparer.Ordinal).Select(o => o.Id), pulled.Select(o => o.Id));
        Assert.Equal(pulled.Count, pulled.Select(o => o.Id).Distinct().Count());
        Assert.Equal(inWindow.Select(o => o.Id).Order(StringComparer.Ordinal), pulled.Select(o => o.Id).Order(StringComparer.Ordinal));
        Assert.Equal(5, (await bed.CallsAsync()).ByMethod["orders.list"]);
    }

    [Fact]
    public async Task The_connector_pages_backwards_from_the_total_and_reads_every_order_of_a_window()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        var seeded = Enumerable.Range(1, 234).Select(i => WebOrders.Paid(WebOrders.Id(i), DayStart.AddMinutes(i * 6))).ToList();
        await bed.SeedAsync(seeded);
        var adapter = bed.Adapter();

        var first = await adapter.ListModifiedAsync(bed.Session.AccessToken, Day, 1);
        var pages = (int)((first.TotalResults!.Value + adapter.PageSize - 1) / adapter.PageSize);
        var pulled = new List<string>();
        for (var page = pages; page >= 1; page--)
        {
            pulled.AddRange((await adapter.ListModifiedAsync(bed.Session.AccessToken, Day, page)).Orders.Select(l => l.PlatformOrderId));
        }

        Assert.Equal(PagingDirection.Backward, adapter.Paging);
        Assert.Equal(3, pages);
        Assert.Equal(seeded.Select(o => o.Id).Order(StringComparer.Ordinal), pulled.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_order_changed_mid_pull_leaves_the_window_backward_paging_still_reads_every_other_order_forward_paging_would_skip_one()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        var seeded = Enumerable.Range(1, 6).Select(i => WebOrders.Paid(WebOrders.Id(i), DayStart.AddHours(i))).ToList();
        var window = new PullWindow(DayStart, DayStart.AddHours(12));
        var client = bed.Client();
        var token = bed.Session.AccessToken;

        // Forward: read page 1, then its first order changes (its updated_at moves past the window) and everything shifts up.
        await bed.SeedAsync(seeded);
        var forward = (await client.ListUpdatedAsync(token, window, 1, pageSize: 2)).Orders.Select(o => o.Id).ToList();
        await bed.ChangeAsync(WebOrders.Id(1), new SimWebOrderChange(Status: "shipped", UpdatedAt: DayStart.AddHours(20)));
        forward.AddRange((await client.ListUpdatedAsync(token, window, 2, pageSize: 2)).Orders.Select(o => o.Id));
        forward.AddRange((await client.ListUpdatedAsync(token, window, 3, pageSize: 2)).Orders.Select(o => o.Id));

        // Backward: read the last page first; an order on an unread page changes; the shift only moves read orders up.
        await bed.SeedAsync(seeded);
        var backward = (await client.ListUpdatedAsync(token, window, 3, pageSize: 2)).Orders.Select(o => o.Id).ToList();
        await bed.ChangeAsync(WebOrders.Id(1), new SimWebOrderChange(Status: "shipped", UpdatedAt: DayStart.AddHours(20)));
        backward.AddRange((await client.ListUpdatedAsync(token, window, 2, pageSize: 2)).Orders.Select(o => o.Id));
        backward.AddRange((await client.ListUpdatedAsync(token, window, 1, pageSize: 2)).Orders.Select(o => o.Id));

        Assert.DoesNotContain(WebOrders.Id(3), forward);                               // skipped: it moved onto page 1 after page 1 was read
        Assert.Superset(seeded.Skip(1).Select(o => o.Id).ToHashSet(), backward.ToHashSet()); // every unchanged order read (one twice)
    }

    [Fact]
    public async Task A_window_over_24_hours_an_empty_one_or_a_page_over_100_is_refused_before_any_call()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        var client = bed.Client();

        await Assert.ThrowsAsync<ArgumentException>(() => client.ListUpdatedAsync(bed.Session.AccessToken, new PullWindow(DayStart, DayStart.AddDays(1).AddTicks(1)), 1));
        await Assert.ThrowsAsync<ArgumentException>(() => client.ListUpdatedAsync(bed.Session.AccessToken, new PullWindow(DayStart, DayStart), 1));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.ListUpdatedAsync(bed.Session.AccessToken, Day, 1, pageSize: 101));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.ListUpdatedAsync(bed.Session.AccessToken, Day, 0));

        Assert.Equal(0, (await bed.CallsAsync()).Total);
    }

    [Theory]
    [InlineData("updated_from=2024-05-01T00:00:00Z&updated_to=2024-05-02T00:00:01Z", "updated_to")]
    [InlineData("updated_from=2024-05-01T00:00:00Z&updated_to=2024-05-01T01:00:00Z&page_size=101", "page_size")]
    [InlineData("updated_from=2024-05-01T00:00:00Z&updated_to=2024-05-01T01:00:00Z&page=0", "page")]
    [InlineData("updated_from=2024-05-01 00:00:00&updated_to=2024-05-01T01:00:00Z", "updated_from")]
    [InlineData("updated_from=2024-05-01T00:00:00&updated_to=2024-05-01T01:00:00Z", "updated_from")]
    [InlineData("updated_from=2024-05-01T00:00:00Z", "updated_to")]
    [InlineData("updated_from=2024-05-01T00:00:00Z&updated_to=2024-05-01T01:00:00Z&created_from=2024-05-01T00:00:00Z", "created_from")]
    public async Task The_store_refuses_a_query_outside_its_limits_with_invalid_parameter_naming_it(string query, string param)
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(bed.ApiUrl, "orders?" + query));
        request.Headers.Authorization = new("Bearer", bed.Session.AccessToken);

        using var response = await bed.Http.SendAsync(request);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("invalid_parameter", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(param, problem.RootElement.GetProperty("param").GetString());
    }

    [Fact]
    public async Task A_duplicate_page_repeats_orders_of_the_page_before_and_reading_by_id_still_counts_each_once()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        var seeded = Enumerable.Range(1, 250).Select(i => WebOrders.Paid(WebOrders.Id(i), DayStart.AddMinutes(i))).ToList();
        await bed.SeedAsync(seeded);
        await bed.FaultsAsync(new SimFaults(DuplicatePages: 1));
        var adapter = bed.Adapter();

        var listings = new List<PlatformListing>();
        for (var page = 3; page >= 1; page--)
        {
            listings.AddRange((await adapter.ListModifiedAsync(bed.Session.AccessToken, Day, page)).Orders);
        }

        Assert.Equal(350, listings.Count);                                 // page 3 also carried page 2's hundred
        Assert.Equal(250, listings.DistinctBy(l => l.PlatformOrderId).Count());
    }

    [Fact]
    public async Task An_order_visible_late_with_an_older_updated_at_is_missed_by_its_window_and_read_by_the_next_through_the_overlap()
    {
        var clock = new FakeTimeProvider(DayStart.AddHours(10));
        await using var bed = await WebStoreTestBed.StartAsync(clock);
        var adapter = bed.Adapter();
        var rules = adapter.Rules;
        await bed.SeedAsync([
            WebOrders.Paid("ON-TIME", clock.GetUtcNow().AddMinutes(-20)),
            WebOrders.Paid("LATE", clock.GetUtcNow().AddMinutes(-2)) with { VisibleAt = clock.GetUtcNow().AddMinutes(1) },
        ]);

        var first = PullWindowPlanner.Plan(rules, checkpoint: null, clock.GetUtcNow(), firstPullFrom: clock.GetUtcNow().AddHours(-1));
        var firstIds = await Ids(adapter, bed, first);
        var checkpoint = first.Windows[^1].End;
        clock.Advance(TimeSpan.FromMinutes(3));
        var second = PullWindowPlanner.Plan(rules, checkpoint, clock.GetUtcNow(), firstPullFrom: DayStart);
        var secondIds = await Ids(adapter, bed, second);

        Assert.Equal(["ON-TIME"], firstIds);
        Assert.True(second.Windows[0].Start <= checkpoint - TimeSpan.FromMinutes(2));
        Assert.Contains("LATE", secondIds);
    }

    private static async Task<List<string>> Ids(WebStoreAdapter adapter, WebStoreTestBed bed, PullPlan plan)
    {
        var ids = new List<string>();
        foreach (var window in plan.Windows)
        {
            ids.AddRange((await adapter.ListModifiedAsync(bed.Session.AccessToken, window, 1)).Orders.Select(l => l.PlatformOrderId));
        }

        return ids;
    }

    [Fact]
    public async Task A_silent_store_lists_nothing_until_it_speaks_again()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        await bed.SeedAsync([WebOrders.Paid("W1", DayStart.AddHours(1))]);
        var client = bed.Client();

        await bed.FaultsAsync(new SimFaults(Silent: true));
        var silent = await client.ListUpdatedAsync(bed.Session.AccessToken, Day, 1);
        await bed.FaultsAsync(new SimFaults(Silent: false));
        var back = await client.ListUpdatedAsync(bed.Session.AccessToken, Day, 1);

        Assert.Empty(silent.Orders);
        Assert.Equal((0, false), (silent.Total, silent.HasNext));
        Assert.Equal("W1", Assert.Single(back.Orders).Id);
    }

    [Fact]
    public async Task Reconciliation_counts_a_week_by_creation_time_in_day_queries_each_order_once()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        var week = new PullWindow(DayStart, DayStart.AddDays(7));
        var created = Enumerable.Range(0, 7 * 24)
            .Select(h => WebOrders.Paid(WebOrders.Id(h), DayStart.AddHours(h).AddMinutes(45)) with { CreatedAt = DayStart.AddHours(h) })
            .Append(WebOrders.Paid("OUT", DayStart.AddDays(8)) with { CreatedAt = DayStart.AddDays(7).AddSeconds(1) })
            .ToList();
        await bed.SeedAsync(created);

        var listed = await bed.Adapter().ListCreatedAsync(bed.Session.AccessToken, week);

        Assert.Equal(7 * 24, listed.Count);                                  // day boundaries (00:00) are in two queries, counted once
        Assert.DoesNotContain(listed, l => l.PlatformOrderId == "OUT");
        Assert.Equal(7, (await bed.CallsAsync()).ByMethod["orders.list"]);
        Assert.All(listed, l => Assert.NotNull(l.CreatedAt));
    }
}
