using System.Text.Json;
using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Channels.Jd;
using OrderActors.Simulators;
using OrderActors.Simulators.Jd;

namespace OrderActors.Simulators.Tests;

public sealed class JdSearchTests
{
    private static readonly DateTimeOffset DayStart = new(2024, 5, 1, 0, 0, 0, JdOrders.China);
    private static readonly PullWindow Day = new(DayStart, DayStart.AddDays(1));

    [Fact]
    public async Task A_day_over_several_pages_returns_every_order_exactly_once_oldest_modified_first()
    {
        await using var bed = await JdTestBed.StartAsync();
        var inWindow = Enumerable.Range(1, 130)
            // Orders share a modified second in groups of 7, so ties have to page stably too.
            .Select(i => JdOrders.Paid(1000 + i, DayStart.AddMinutes(i / 7 * 40)))
            .Append(JdOrders.Paid(2001, Day.Start))                 // on the start bound
            .Append(JdOrders.Paid(2002, Day.End))                   // on the end bound
            .ToList();
        var outside = new[] { JdOrders.Paid(3001, Day.Start.AddSeconds(-1)), JdOrders.Paid(3002, Day.End.AddSeconds(1)) };
        await bed.SeedAsync(inWindow.Concat(outside));
        var client = bed.Client();

        var pages = new List<JdOrderPage>();
        for (var page = 1; ; page++)
        {
            var data = await client.SearchAsync(bed.Token, Day, JdDateType.Modified, page);
            pages.Add(data);
            if (!data.HasNext)
            {
                break;
            }
        }

        var pulled = pages.SelectMany(p => p.Orders).ToList();
        Assert.Equal(3, pages.Count);                                            // 132 orders, 50 a page
        Assert.All(pages, p => Assert.Equal(132, p.OrderTotal));                  // orderTotal on every page
        Assert.Equal(pulled.OrderBy(o => o.Modified).Select(o => o.Modified), pulled.Select(o => o.Modified));
        Assert.Equal(pulled.Count, pulled.Select(o => o.OrderId).Distinct().Count());
        Assert.Equal(inWindow.Select(o => o.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), pulled.Select(o => o.OrderId).Order());
        Assert.All(pulled, o => Assert.True(o.IsComplete));
    }

    [Fact]
    public async Task Paging_backwards_never_misses_an_order_when_one_leaves_the_window_mid_pull()
    {
        await using var bed = await JdTestBed.StartAsync();
        var seeded = Enumerable.Range(1, 120).Select(i => JdOrders.Paid(i, DayStart.AddMinutes(i * 11))).ToList();
        await bed.SeedAsync(seeded);
        var adapter = bed.Adapter();

        var first = await adapter.ListModifiedAsync(bed.Token, Day, 1);
        var lastPage = (int)((first.TotalResults!.Value + adapter.PageSize - 1) / adapter.PageSize);
        var pulled = new List<string>();
        for (var page = lastPage; page >= 1; page--)
        {
            pulled.AddRange((await adapter.ListModifiedAsync(bed.Token, Day, page)).Orders.Select(o => o.PlatformOrderId));
            if (page == lastPage)
            {
                // The seller ships order 5 (on page 1, not read yet): its new modified time is after the
                // window, so every later order moves one place forward.
                await bed.ChangeAsync(5, new SimJdOrderChange("WAIT_GOODS_RECEIVE_CONFIRM", Day.End.AddHours(1)));
            }
        }

        Assert.Equal(PagingDirection.Backward, adapter.Paging);
        Assert.Equal(3, lastPage);
        var stayed = seeded.Where(o => o.OrderId != 5).Select(o => o.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(stayed.Except(pulled));                                     // nothing missed
        Assert.Single(pulled.GroupBy(id => id), g => g.Count() > 1);       // the shifted one read twice
    }

    [Fact]
    public async Task A_window_longer_than_a_month_or_a_page_over_50_is_refused_before_any_call()
    {
        await using var bed = await JdTestBed.StartAsync();
        var client = bed.Client();
        var month = new PullWindow(DayStart, DayStart.AddMonths(1));

        await client.SearchAsync(bed.Token, month, JdDateType.Modified, 1);
        await Assert.ThrowsAsync<ArgumentException>(() =>
            client.SearchAsync(bed.Token, month with { End = month.End.AddSeconds(1) }, JdDateType.Modified, 1));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            client.SearchAsync(bed.Token, new PullWindow(DayStart, DayStart), JdDateType.Modified, 1));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            client.SearchAsync(bed.Token, Day, JdDateType.Modified, 1, pageSize: 51));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            client.SearchAsync(bed.Token, Day, JdDateType.Modified, 0));

        Assert.Equal(1, (await bed.CallsAsync()).Total);
    }

    [Theory]
    [InlineData("2024-05-01 00:00:00", "2024-06-01 00:00:01", "50", "开始时间和结束时间，不得相差超过1个月")]
    [InlineData("2024-05-01 00:00:00", "2024-05-02 00:00:00", "51", "每页的条数最大 50")]
    [InlineData("2024-05-02 00:00:00", "2024-05-01 00:00:00", "50", "开始时间和结束时间，不得相差超过1个月")]
    public async Task The_simulator_refuses_what_JD_documents_as_refused(string start, string end, string pageSize, string chinese)
    {
        await using var bed = await JdTestBed.StartAsync();
        var business = $$"""{"start_date":"{{start}}","end_date":"{{end}}","order_state":"WAIT_SELLER_STOCK_OUT","optional_fields":"orderId","page":"1","page_size":"{{pageSize}}","dateType":0}""";

        using var body = JsonDocument.Parse(await bed.RawCallAsync("jingdong.pop.order.search", business));

        var apiResult = body.RootElement.GetProperty("jingdong_pop_order_search_responce").GetProperty("searchorderinfo_result").GetProperty("apiResult");
        Assert.False(apiResult.GetProperty("success").GetBoolean());
        Assert.Equal(chinese, apiResult.GetProperty("chineseErrCode").GetString());
    }

    [Fact]
    public async Task Duplicate_pages_repeat_orders_but_paging_by_id_still_covers_each_once()
    {
        await using var bed = await JdTestBed.StartAsync();
        var seeded = Enumerable.Range(1, 140).Select(i => JdOrders.Paid(i, DayStart.AddMinutes(i * 7))).ToList();
        await bed.SeedAsync(seeded);
        await bed.FaultsAsync(new SimFaults(DuplicatePages: 2));
        var adapter = bed.Adapter();

        var listings = new List<string>();
        for (var page = 3; page >= 1; page--)
        {
            listings.AddRange((await adapter.ListModifiedAsync(bed.Token, Day, page)).Orders.Select(o => o.PlatformOrderId));
        }

        Assert.Equal(140 + 100, listings.Count);                                 // pages 3 and 2 came with the page before them
        Assert.Equal(seeded.Count, listings.Distinct().Count());
    }

    [Fact]
    public async Task Searching_by_creation_time_finds_orders_by_orderStartTime_not_modified()
    {
        await using var bed = await JdTestBed.StartAsync();
        var createdInDay = JdOrders.Paid(1, Day.End.AddDays(3)) with { Created = DayStart.AddHours(2) };
        var modifiedInDay = JdOrders.Paid(2, DayStart.AddHours(5)) with { Created = DayStart.AddDays(-3) };
        await bed.SeedAsync([createdInDay, modifiedInDay]);
        var client = bed.Client();

        var byCreation = await client.SearchAsync(bed.Token, Day, JdDateType.Created, 1);
        var byModified = await client.SearchAsync(bed.Token, Day, JdDateType.Modified, 1);

        Assert.Equal("1", Assert.Single(byCreation.Orders).OrderId);
        Assert.Equal("2", Assert.Single(byModified.Orders).OrderId);
    }

    [Fact]
    public async Task Reconciliation_counts_a_period_longer_than_a_month_in_allowed_searches()
    {
        await using var bed = await JdTestBed.StartAsync();
        var periodStart = new DateTimeOffset(2024, 1, 1, 0, 0, 0, JdOrders.China);
        var period = new PullWindow(periodStart, periodStart.AddDays(75));
        var seeded = Enumerable.Range(1, 180)
            .Select(i => JdOrders.Paid(i, periodStart.AddDays(80)) with { Created = periodStart.AddHours(i * 11) })
            .ToList();
        await bed.SeedAsync(seeded);

        var created = await bed.Adapter().ListCreatedAsync(bed.Token, period);

        var expected = seeded.Where(o => o.Created <= period.End).Select(o => o.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.Order(), created.Select(l => l.PlatformOrderId).Order());
        Assert.All(created, l => Assert.Null(l.Full));                            // counting needs no detail
        Assert.All(created, l => Assert.Equal(PlatformOrderState.Paid, l.State));
        var calls = await bed.CallsAsync();
        Assert.Equal(calls.Total, calls.ByOutcome["ok"]);
        Assert.True(calls.ByMethod["jingdong.pop.order.search"] >= 3);            // three month-long searches at least
    }

    [Fact]
    public async Task While_the_shop_is_silent_searches_find_nothing_and_then_everything_again()
    {
        await using var bed = await JdTestBed.StartAsync();
        await bed.SeedAsync([JdOrders.Paid(1, DayStart.AddHours(1)), JdOrders.Paid(2, DayStart.AddHours(2))]);
        var adapter = bed.Adapter();

        await bed.FaultsAsync(new SimFaults(Silent: true));
        var silent = await adapter.ListModifiedAsync(bed.Token, Day, 1);
        await bed.FaultsAsync(new SimFaults(Silent: false));
        var back = await adapter.ListModifiedAsync(bed.Token, Day, 1);

        Assert.Empty(silent.Orders);
        Assert.Equal(0, silent.TotalResults);
        Assert.False(silent.HasNext);
        Assert.Equal(2, back.Orders.Count);
    }
}
