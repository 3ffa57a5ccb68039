using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels.Taobao;
using OrderActors.Simulators;
using OrderActors.Simulators.Top;

namespace OrderActors.Simulators.Tests;

public sealed class TopIncrementPullTests
{
    private static readonly DateTimeOffset DayStart = new(2024, 5, 1, 0, 0, 0, Trades.China);
    private static readonly PullWindow Day = new(DayStart, DayStart.AddDays(1));

    [Fact]
    public async Task A_full_pull_of_a_day_over_several_pages_returns_every_trade_exactly_once()
    {
        await using var bed = await TopTestBed.StartAsync();
        var inWindow = Enumerable.Range(1, 230)
            // Trades share a modified second in groups of 7, so ties have to page stably too.
            .Select(i => Trades.Paid(1000 + i, DayStart.AddMinutes(i / 7 * 40)))
            .Append(Trades.Paid(2001, Day.Start))                   // on the start bound
            .Append(Trades.Paid(2002, Day.End))                     // on the end bound
            .ToList();
        var outside = new[] { Trades.Paid(3001, Day.Start.AddSeconds(-1)), Trades.Paid(3002, Day.End.AddSeconds(1)) };
        await bed.SeedAsync(inWindow.Concat(outside));
        var client = bed.Client();

        var pulled = new List<TopTrade>();
        var pages = new List<TopTradePage>();
        for (var pageNo = 1; ; pageNo++)
        {
            var page = await client.GetSoldIncrementAsync(bed.Session.AccessToken, Day, pageNo, pageSize: 50);
            pages.Add(page);
            pulled.AddRange(page.Trades);
            if (!page.HasNext)
            {
                break;
            }
        }

        Assert.Equal(5, pages.Count);                                     // 232 trades, 50 a page
        Assert.Contains(pulled.GroupBy(t => t.Modified), g => g.Count() >= 7);
        Assert.All(pages, p => Assert.Null(p.TotalResults));              // use_has_next=true leaves the total out
        Assert.All(pages, p => Assert.Equal(p.Trades.OrderByDescending(t => t.Modified).Select(t => t.Modified), p.Trades.Select(t => t.Modified)));
        Assert.Equal(pulled.Count, pulled.Select(t => t.Tid).Distinct().Count());
        Assert.Equal(inWindow.Select(t => t.Tid).Order(), pulled.Select(t => t.Tid).Order());
        var counts = await bed.CallsAsync();
        Assert.Equal(5, counts.ByMethod["taobao.trades.sold.increment.get"]);
        Assert.Equal(5, counts.ByOutcome["ok"]);
    }

    [Fact]
    public async Task Paging_backwards_from_the_last_page_as_TOP_advises_reads_the_same_trades()
    {
        await using var bed = await TopTestBed.StartAsync();
        var seeded = Enumerable.Range(1, 123).Select(i => Trades.Paid(i, DayStart.AddMinutes(i * 11))).ToList();
        await bed.SeedAsync(seeded);
        var client = bed.Client();

        var first = await client.GetSoldIncrementAsync(bed.Session.AccessToken, Day, 1, pageSize: 40, useHasNext: false);
        Assert.Equal(123, first.TotalResults);
        var lastPage = (int)((first.TotalResults!.Value + 39) / 40);
        var pulled = new List<long>();
        for (var pageNo = lastPage; pageNo >= 1; pageNo--)
        {
            var page = await client.GetSoldIncrementAsync(bed.Session.AccessToken, Day, pageNo, pageSize: 40, useHasNext: false);
            pulled.AddRange(page.Trades.Select(t => t.Tid));
        }

        Assert.Equal(4, lastPage);
        Assert.Equal(seeded.Select(t => t.Tid).Order(), pulled.Order());
    }

    [Fact]
    public async Task A_window_longer_than_a_day_or_a_page_over_100_is_refused_before_any_call()
    {
        await using var bed = await TopTestBed.StartAsync();
        var client = bed.Client();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            client.GetSoldIncrementAsync(bed.Session.AccessToken, new PullWindow(DayStart, DayStart.AddDays(1).AddSeconds(1)), 1));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            client.GetSoldIncrementAsync(bed.Session.AccessToken, new PullWindow(DayStart, DayStart), 1));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            client.GetSoldIncrementAsync(bed.Session.AccessToken, Day, 1, pageSize: 101));

        Assert.Equal(0, (await bed.CallsAsync()).Total);
    }

    [Fact]
    public async Task A_trade_modified_after_the_pull_is_seen_again_with_its_newer_version()
    {
        await using var bed = await TopTestBed.StartAsync();
        var trade = Trades.Paid(77, DayStart.AddHours(3));
        await bed.SeedAsync([trade]);
        var client = bed.Client();
        var before = Assert.Single((await client.GetSoldIncrementAsync(bed.Session.AccessToken, Day, 1)).Trades);

        var change = new SimTradeChange(Status: "WAIT_BUYER_CONFIRM_GOODS", Modified: DayStart.AddHours(5));
        var response = await bed.Http.PostAsync(
            new Uri($"sim/top/shops/{TopTestBed.Shop}/trades/77/change", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(change));
        response.EnsureSuccessStatusCode();
        var after = Assert.Single((await client.GetSoldIncrementAsync(bed.Session.AccessToken, Day, 1)).Trades);

        Assert.Equal(PlatformOrderState.Paid, before.MappedStatus.State);
        Assert.Equal(PlatformOrderState.Shipped, after.MappedStatus.State);
        Assert.Equal(VersionDecision.Apply, PlatformOrderVersion.Decide(before.Version, after.Version));
        Assert.Equal(VersionDecision.IgnoreOlder, PlatformOrderVersion.Decide(after.Version, before.Version));
    }
}
