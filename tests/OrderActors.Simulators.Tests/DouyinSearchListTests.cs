using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Douyin;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Channels.Douyin;
using OrderActors.Simulators;
using OrderActors.Simulators.Douyin;

namespace OrderActors.Simulators.Tests;

public sealed class DouyinSearchListTests
{
    private static readonly DateTimeOffset DayStart = new(2024, 5, 1, 0, 0, 0, DouyinOrders.China);
    private static readonly PullWindow Day = new(DayStart, DayStart.AddDays(1));

    [Fact]
    public void The_adapter_pulls_with_the_documented_page_size_and_the_chosen_window_paging_backwards()
    {
        var adapter = new DouyinAdapter(new DouyinClient(new HttpClient(), new DouyinClientOptions(new Uri("http://douyin.invalid/"), "app", "secret"), TimeProvider.System));

        Assert.Same(PlatformPullRules.Douyin, adapter.Rules);
        Assert.Equal(100, adapter.PageSize);                       // size: 单页大小，限制100以内 (documented)
        Assert.Equal(DouyinClient.MaxPageSize, adapter.PageSize);
        Assert.Equal(TimeSpan.FromDays(1), adapter.Rules.MaxWindow); // chosen: no limit confirmed
        Assert.Equal(adapter.Rules.MaxWindow, DouyinClient.MaxWindow);
        Assert.Equal(adapter.Rules.MaxWindow, new DouyinSimulatorOptions().MaxWindow);
        Assert.Null(adapter.Rules.MaxLookback);
        Assert.Equal(PagingDirection.Backward, adapter.Paging);
        adapter.Rules.Validate();
    }

    [Fact]
    public async Task A_full_pull_of_a_day_page_by_page_from_0_returns_every_order_exactly_once_newest_first()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        var inWindow = Enumerable.Range(1, 230)
            // Orders share an update second in groups of 7, so ties have to page stably too.
            .Select(i => DouyinOrders.Paid(1000 + i, DayStart.AddMinutes(i / 7 * 40)))
            .Append(DouyinOrders.Paid(2001, Day.Start))                  // on the start bound
            .Append(DouyinOrders.Paid(2002, Day.End))                    // on the end bound
            .ToList();
        var outside = new[] { DouyinOrders.Paid(3001, Day.Start.AddSeconds(-1)), DouyinOrders.Paid(3002, Day.End.AddSeconds(1)) };
        await bed.SeedAsync(inWindow.Concat(outside));
        var client = bed.Client();

        var pulled = new List<DouyinShopOrder>();
        var pages = new List<DouyinOrderPage>();
        for (var page = 0; ; page++)
        {
            var data = await client.SearchByUpdateTimeAsync(bed.Session.AccessToken, Day, page, size: 50);
            pages.Add(data);
            pulled.AddRange(data.Orders);
            if (!data.HasNext)
            {
                break;
            }
        }

        Assert.Equal(5, pages.Count);                                                     // 232 orders, 50 a page
        Assert.All(pages, p => Assert.Equal(232, p.Total));
        Assert.Equal(0, pages[0].Page);
        Assert.Contains(pulled.GroupBy(o => o.UpdateTime), g => g.Count() >= 7);
        Assert.Equal(pulled.OrderByDescending(o => o.UpdateTime).Select(o => o.UpdateTime), pulled.Select(o => o.UpdateTime));
        Assert.Equal(pulled.Count, pulled.Select(o => o.OrderId).Distinct().Count());
        Assert.Equal(inWindow.Select(o => o.OrderId).Order(), pulled.Select(o => o.OrderId).Order());
        Assert.Equal(5, (await bed.CallsAsync()).ByMethod["order.searchList"]);
    }

    [Fact]
    public async Task The_adapter_pages_1_based_backwards_as_the_connector_does_and_reads_every_order_once_even_with_duplicate_pages()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        var seeded = Enumerable.Range(1, 250).Select(i => DouyinOrders.Paid(i, DayStart.AddMinutes(i * 5))).ToList();
        await bed.SeedAsync(seeded);
        await bed.FaultsAsync(new SimFaults(DuplicatePages: 2));
        var adapter = bed.Adapter();

        var listings = await PullBackwards(adapter, bed.Session.AccessToken, Day);

        // The platform repeated a page twice; the connector reads each order once per page and the
        // newer-wins rule absorbs repeats across pages. What matters: nothing is missing.
        Assert.True(listings.Count > seeded.Count);
        Assert.Equal(seeded.Select(o => o.OrderId).Order(), listings.Select(l => l.PlatformOrderId).Distinct().Order());
        Assert.All(listings, l => Assert.NotNull(l.Full));                 // the list carries whole orders: no detail calls
        var calls = await bed.CallsAsync();
        Assert.Equal(4, calls.ByMethod["order.searchList"]);                // page 1 for the total, then 3, 2, 1
        Assert.False(calls.ByMethod.ContainsKey("order.orderDetail"));
    }

    [Fact]
    public async Task An_order_modified_mid_pull_leaves_the_window_and_paging_backwards_still_reads_every_other_order()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        var seeded = Enumerable.Range(1, 250).Select(i => DouyinOrders.Paid(i, DayStart.AddMinutes(i * 5))).ToList();
        await bed.SeedAsync(seeded);
        var adapter = bed.Adapter();
        var token = bed.Session.AccessToken;
        var modified = seeded[^11];                                          // newest first: on page 1

        var first = await adapter.ListModifiedAsync(token, Day, 1);
        var read = new List<string>();
        for (var page = 3; page >= 1; page--)
        {
            read.AddRange((await adapter.ListModifiedAsync(token, Day, page)).Orders.Select(o => o.PlatformOrderId));
            if (page == 3)
            {
                // Shipped meanwhile: its update_time moves past the window, every older order shifts one place up.
                await bed.ChangeAsync(modified.OrderId, new SimDouyinOrderChange(OrderStatus: 3, UpdateTime: Day.End.AddHours(1)));
            }
        }

        Assert.Equal(250, first.TotalResults);
        Assert.Equal(seeded.Select(o => o.OrderId).Where(id => id != modified.OrderId).Order(), read.Distinct().Order());
        var next = await adapter.ListModifiedAsync(token, new PullWindow(Day.End, Day.End.AddDays(1)), 1);
        Assert.Equal(PlatformOrderState.Shipped, Assert.Single(next.Orders).State);    // and the next window has the modified order
    }

    [Fact]
    public async Task Paging_forwards_in_the_same_situation_skips_an_order_that_never_changed_which_is_why_the_adapter_pages_backwards()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        var seeded = Enumerable.Range(1, 250).Select(i => DouyinOrders.Paid(i, DayStart.AddMinutes(i * 5))).ToList();
        await bed.SeedAsync(seeded);
        var adapter = bed.Adapter();
        var token = bed.Session.AccessToken;

        var read = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            read.AddRange((await adapter.ListModifiedAsync(token, Day, page)).Orders.Select(o => o.PlatformOrderId));
            if (page == 1)
            {
                await bed.ChangeAsync(seeded[^11].OrderId, new SimDouyinOrderChange(OrderStatus: 3, UpdateTime: Day.End.AddHours(1)));
            }
        }

        var missed = seeded.Select(o => o.OrderId).Except(read).Order().ToList();
        Assert.Equal(new[] { seeded[^101].OrderId }, missed);                       // first order of page 2 slid onto page 1
    }

    [Fact]
    public async Task A_window_longer_than_a_day_or_a_page_over_100_is_refused_before_any_call()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        var client = bed.Client();
        var adapter = bed.Adapter();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            client.SearchByUpdateTimeAsync(bed.Session.AccessToken, new PullWindow(DayStart, DayStart.AddDays(1).AddSeconds(1)), 0));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            client.SearchByUpdateTimeAsync(bed.Session.AccessToken, new PullWindow(DayStart, DayStart), 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            client.SearchByUpdateTimeAsync(bed.Session.AccessToken, Day, 0, size: 101));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            client.SearchByUpdateTimeAsync(bed.Session.AccessToken, Day, -1));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => adapter.ListModifiedAsync(bed.Session.AccessToken, Day, 0));

        Assert.Equal(0, (await bed.CallsAsync()).Total);
    }

    [Fact]
    public async Task A_planner_sliver_inside_one_second_matches_nothing_and_is_not_sent()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        var sliver = new PullWindow(DayStart.AddMilliseconds(200), DayStart.AddMilliseconds(700));

        var page = await bed.Adapter().ListModifiedAsync(bed.Session.AccessToken, sliver, 1);

        Assert.Empty(page.Orders);
        Assert.False(page.HasNext);
        Assert.Equal(0, (await bed.CallsAsync()).Total);
    }

    [Theory]
    [InlineData("""{"order_by":"update_time","page":0,"size":100,"update_time_end":1714579201,"update_time_start":1714492800}""")]
    [InlineData("""{"order_by":"create_time","page":0,"size":100,"create_time_end":1714579201,"create_time_start":1714492800}""")]
    [InlineData("""{"order_by":"update_time","page":0,"size":100,"update_time_end":1714492799,"update_time_start":1714492800}""")]
    [InlineData("""{"order_by":"update_time","page":0,"size":101,"update_time_end":1714496400,"update_time_start":1714492800}""")]
    [InlineData("""{"order_by":"update_time","page":-1,"size":100,"update_time_end":1714496400,"update_time_start":1714492800}""")]
    [InlineData("""{"order_by":"pay_time","page":0,"size":100,"update_time_end":1714496400,"update_time_start":1714492800}""")]
    public async Task The_simulator_refuses_a_range_over_a_day_or_a_page_over_100_with_40004(string paramJson)
    {
        await using var bed = await DouyinTestBed.StartAsync();

        using var body = await SendRawAsync(bed, "order.searchList", paramJson);

        Assert.Equal(40004, body.RootElement.GetProperty("code").GetInt32());
        Assert.Equal("isv.parameter-invalid", body.RootElement.GetProperty("sub_code").GetString());
    }

    [Fact]
    public async Task An_exactly_one_day_range_is_accepted_by_both_sides()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        await bed.SeedAsync([DouyinOrders.Paid(1, Day.End)]);

        var page = await bed.Client().SearchByUpdateTimeAsync(bed.Session.AccessToken, Day, 0);

        Assert.Single(page.Orders);
    }

    [Fact]
    public async Task An_order_modified_after_the_pull_is_seen_again_with_its_newer_version()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        await bed.SeedAsync([DouyinOrders.Paid(77, DayStart.AddHours(3))]);
        var adapter = bed.Adapter();
        var before = Assert.Single((await adapter.ListModifiedAsync(bed.Session.AccessToken, Day, 1)).Orders);

        await bed.ChangeAsync(DouyinOrders.Id(77), new SimDouyinOrderChange(OrderStatus: 3, UpdateTime: DayStart.AddHours(5)));
        var after = Assert.Single((await adapter.ListModifiedAsync(bed.Session.AccessToken, Day, 1)).Orders);

        Assert.Equal(PlatformOrderState.Paid, before.State);
        Assert.Equal(PlatformOrderState.Shipped, after.State);
        Assert.Equal("3", after.Full!.RawStatus);
        Assert.Equal(VersionDecision.Apply, PlatformOrderVersion.Decide(new PlatformOrderVersion(before.ModifiedAt), new PlatformOrderVersion(after.ModifiedAt)));
        Assert.Equal(VersionDecision.IgnoreOlder, PlatformOrderVersion.Decide(new PlatformOrderVersion(after.ModifiedAt), new PlatformOrderVersion(before.ModifiedAt)));
    }

    [Fact]
    public async Task An_order_that_becomes_visible_late_with_an_older_update_time_is_caught_by_the_overlap_of_the_next_window()
    {
        var clock = new FakeTimeProvider(DayStart.AddHours(10));
        await using var bed = await DouyinTestBed.StartAsync(clock);
        var updated = clock.GetUtcNow().AddMinutes(-2);
        await bed.SeedAsync([DouyinOrders.Paid(1, updated) with { VisibleAt = clock.GetUtcNow().AddMinutes(1) }, DouyinOrders.Paid(2, updated.AddSeconds(-30))]);
        var adapter = bed.Adapter();
        var token = bed.Session.AccessToken;

        var firstPlan = PullWindowPlanner.Plan(adapter.Rules, checkpoint: null, clock.GetUtcNow(), firstPullFrom: clock.GetUtcNow().AddHours(-1));
        var firstWindow = Assert.Single(firstPlan.Windows);
        var firstPull = await adapter.ListModifiedAsync(token, firstWindow, 1);
        clock.Advance(TimeSpan.FromMinutes(3));
        var nextWindow = Assert.Single(PullWindowPlanner.Plan(adapter.Rules, firstWindow.End, clock.GetUtcNow(), firstPullFrom: default).Windows);
        var nextPull = await adapter.ListModifiedAsync(token, nextWindow, 1);

        Assert.Equal(new[] { DouyinOrders.Id(2) }, firstPull.Orders.Select(o => o.PlatformOrderId));
        Assert.True(nextWindow.Start <= updated, "the overlap reaches back before the late order's update time");
        Assert.Contains(DouyinOrders.Id(1), nextPull.Orders.Select(o => o.PlatformOrderId));
        Assert.Equal(updated, nextPull.Orders.Single(o => o.PlatformOrderId == DouyinOrders.Id(1)).ModifiedAt);
    }

    [Fact]
    public async Task A_silent_shop_lists_nothing_until_the_silence_ends()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        await bed.SeedAsync([DouyinOrders.Paid(1, DayStart.AddHours(1))]);
        var adapter = bed.Adapter();

        await bed.FaultsAsync(new SimFaults(Silent: true));
        var silent = await adapter.ListModifiedAsync(bed.Session.AccessToken, Day, 1);
        await bed.FaultsAsync(new SimFaults(Silent: false));
        var back = await adapter.ListModifiedAsync(bed.Session.AccessToken, Day, 1);

        Assert.Empty(silent.Orders);
        Assert.Equal(0, silent.TotalResults);
        Assert.False(silent.HasNext);
        Assert.Single(back.Orders);
    }

    /// <summary>What the connector does for a backward platform: page 1 for the total, then from the last page to the first.</summary>
    internal static async Task<List<PlatformListing>> PullBackwards(IPlatformAdapter adapter, string token, PullWindow window)
    {
        var first = await adapter.ListModifiedAsync(token, window, 1);
        var pages = (int)Math.Max(1, ((first.TotalResults ?? first.Orders.Count) + adapter.PageSize - 1) / adapter.PageSize);
        var all = new List<PlatformListing>();
        for (var page = pages; page >= 1; page--)
        {
            var data = pages == 1 ? first : await adapter.ListModifiedAsync(token, window, page);
            all.AddRange(data.Orders.DistinctBy(o => o.PlatformOrderId, StringComparer.Ordinal));
        }

        return all;
    }

    internal static async Task<JsonDocument> SendRawAsync(DouyinTestBed bed, string method, string paramJson, string? accessToken = null)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var sign = DoudianSigner.Sign(bed.State.Options.AppKey, method, paramJson, timestamp, bed.State.Options.AppSecret, DoudianSignMethod.HmacSha256);
        var url = DouyinClient.MethodUrl(bed.GatewayUrl, method,
        [
            new("app_key", bed.State.Options.AppKey), new("method", method), new("access_token", accessToken ?? bed.Session.AccessToken),
            new("timestamp", timestamp), new("v", "2"), new("sign_method", "hmac-sha256"), new("sign", sign),
        ]);
        using var content = new StringContent(paramJson, Encoding.UTF8, "application/json");
        using var response = await bed.Http.PostAsync(url, content);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
