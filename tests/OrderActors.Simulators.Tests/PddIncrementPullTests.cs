using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Pinduoduo;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Channels.Pinduoduo;
using OrderActors.Simulators;
using OrderActors.Simulators.Pdd;

namespace OrderActors.Simulators.Tests;

public sealed class PddIncrementPullTests
{
    private static readonly DateTimeOffset Start = new(2024, 5, 1, 10, 0, 0, PddOrders.China);
    private static readonly PullWindow HalfHour = new(Start, Start.AddMinutes(30));

    [Fact]
    public async Task Paging_forwards_with_has_next_returns_every_order_in_the_window_exactly_once()
    {
        await using var bed = await PddTestBed.StartAsync();
        var inWindow = Enumerable.Range(1, 230)
            // Orders share an updated_at second in groups of 7, so ties have to page stably too.
            .Select(i => PddOrders.Paid(i, Start.AddSeconds(i / 7 * 50)))
            .Append(PddOrders.Paid(901, HalfHour.Start))             // on the start bound
            .Append(PddOrders.Paid(902, HalfHour.End))               // on the end bound
            .ToList();
        var outside = new[] { PddOrders.Paid(903, HalfHour.Start.AddSeconds(-1)), PddOrders.Paid(904, HalfHour.End.AddSeconds(1)) };
        await bed.SeedAsync(inWindow.Concat(outside));
        var client = bed.Client();

        var pages = new List<PddOrderPage>();
        for (var page = 1; ; page++)
        {
            var data = await client.GetIncrementAsync(bed.Session.AccessToken, HalfHour, page, pageSize: 50, useHasNext: true);
            pages.Add(data);
            if (!data.HasNext)
            {
                break;
            }
        }

        var pulled = pages.SelectMany(p => p.Orders).ToList();
        Assert.Equal(5, pages.Count);                                   // 232 orders, 50 a page
        Assert.All(pages, p => Assert.Null(p.TotalCount));              // use_has_next=true leaves the total out
        Assert.Contains(pulled.GroupBy(o => o.UpdatedAt), g => g.Count() >= 7);
        Assert.Equal(pulled.Count, pulled.Select(o => o.OrderSn).Distinct().Count());
        Assert.Equal(inWindow.Select(o => o.OrderSn).Order(StringComparer.Ordinal), pulled.Select(o => o.OrderSn).Order(StringComparer.Ordinal));
        var counts = await bed.CallsAsync();
        Assert.Equal(5, counts.ByMethod[PddClient.IncrementType]);
    }

    [Fact]
    public async Task The_adapter_pages_backwards_from_the_last_page_as_Pinduoduo_requires_and_reads_every_order()
    {
        await using var bed = await PddTestBed.StartAsync();
        var seeded = Enumerable.Range(1, 234).Select(i => PddOrders.Paid(i, Start.AddSeconds(i * 7))).ToList();
        await bed.SeedAsync(seeded);
        var adapter = bed.Adapter();

        var first = await adapter.ListModifiedAsync(bed.Session.AccessToken, HalfHour, 1);
        var read = await PddTestBed.PullBackwardsAsync(adapter, bed.Session.AccessToken, HalfHour);

        Assert.Equal(PagingDirection.Backward, adapter.Paging);
        Assert.Equal(234, first.TotalResults);                          // use_has_next=false sends the total
        Assert.True(first.HasNext);
        Assert.Equal(seeded.Select(o => o.OrderSn).Order(StringComparer.Ordinal), read.Select(l => l.PlatformOrderId).Order(StringComparer.Ordinal));
        // Pages 3, 2, 1: the last page holds the most recently updated orders in the simulator's order.
        Assert.Equal(Enumerable.Range(201, 34).Select(PddOrders.Sn), read.Take(34).Select(l => l.PlatformOrderId));
    }

    [Fact]
    public async Task An_order_updated_while_paging_backwards_is_not_lost()
    {
        await using var bed = await PddTestBed.StartAsync();
        var seeded = Enumerable.Range(1, 250).Select(i => PddOrders.Paid(i, Start.AddSeconds(i * 7))).ToList();
        await bed.SeedAsync(seeded);
        var adapter = bed.Adapter();
        var token = bed.Session.AccessToken;

        var first = await adapter.ListModifiedAsync(token, HalfHour, 1);
        var read = new List<string>();
        read.AddRange((await adapter.ListModifiedAsync(token, HalfHour, 3)).Orders.Select(l => l.PlatformOrderId));
        // An order on page 1 is updated (it leaves the window): the orders after it move one place up.
        await bed.ChangeAsync(PddOrders.Sn(5), new PddSimOrderChange(OrderStatus: 2, UpdatedAt: HalfHour.End.AddMinutes(1)));
        read.AddRange((await adapter.ListModifiedAsync(token, HalfHour, 2)).Orders.Select(l => l.PlatformOrderId));
        read.AddRange((await adapter.ListModifiedAsync(token, HalfHour, 1)).Orders.Select(l => l.PlatformOrderId));

        Assert.Equal(250, first.TotalResults);
        Assert.Empty(seeded.Select(o => o.OrderSn).Where(sn => sn != PddOrders.Sn(5)).Except(read));
        Assert.Contains(read.GroupBy(sn => sn), g => g.Count() == 2);   // read twice rather than never
    }

    [Fact]
    public async Task A_duplicate_page_is_harmless_once_orders_are_taken_by_order_sn()
    {
        await using var bed = await PddTestBed.StartAsync();
        var seeded = Enumerable.Range(1, 150).Select(i => PddOrders.Paid(i, Start.AddSeconds(i * 10))).ToList();
        await bed.SeedAsync(seeded);
        await bed.FaultsAsync(new SimFaults(DuplicatePages: 1));

        var read = await PddTestBed.PullBackwardsAsync(bed.Adapter(), bed.Session.AccessToken, HalfHour);

        Assert.Equal(250, read.Count);                                   // page 2 also repeated page 1's 100
        Assert.Equal(150, read.DistinctBy(l => l.PlatformOrderId).Count());
        Assert.Equal(seeded.Select(o => o.OrderSn).Order(StringComparer.Ordinal), read.Select(l => l.PlatformOrderId).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_window_over_30_minutes_or_empty_or_a_page_over_100_is_refused_before_any_call()
    {
        await using var bed = await PddTestBed.StartAsync();
        var client = bed.Client();
        var token = bed.Session.AccessToken;

        await Assert.ThrowsAsync<ArgumentException>(() => client.GetIncrementAsync(token, new PullWindow(Start, Start.AddMinutes(30).AddSeconds(1)), 1));
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetIncrementAsync(token, new PullWindow(Start, Start), 1));
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetIncrementAsync(token, new PullWindow(Start, Start.AddMilliseconds(900)), 1));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetIncrementAsync(token, HalfHour, 1, pageSize: 101));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetIncrementAsync(token, HalfHour, 0));
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetListByConfirmTimeAsync(token, new PullWindow(Start, Start.AddHours(24).AddSeconds(1)), 1));

        Assert.Equal(0, (await bed.CallsAsync()).Total);
    }

    [Theory]
    [InlineData(1801, "100")]
    [InlineData(0, "100")]
    [InlineData(600, "101")]
    public async Task The_simulator_refuses_a_window_over_30_minutes_or_a_page_over_100_itself(int seconds, string pageSize)
    {
        await using var bed = await PddTestBed.StartAsync();
        var start = PlatformTime.ToUnixSeconds(Start);
        var parameters = new Dictionary<string, string?>
        {
            ["type"] = PddClient.IncrementType,
            ["client_id"] = bed.State.Options.AppKey,
            ["access_token"] = bed.Session.AccessToken,
            ["timestamp"] = PlatformTime.ToUnixSeconds(DateTimeOffset.UtcNow).ToString(CultureInfo.InvariantCulture),
            ["data_type"] = "JSON",
            ["start_updated_at"] = start.ToString(CultureInfo.InvariantCulture),
            ["end_updated_at"] = (start + seconds).ToString(CultureInfo.InvariantCulture),
            ["order_status"] = "5",
            ["refund_status"] = "5",
            ["page"] = "1",
            ["page_size"] = pageSize,
        };
        parameters["sign"] = PddSigner.Sign(parameters, bed.State.Options.AppSecret);

        using var content = new FormUrlEncodedContent(parameters.Select(p => KeyValuePair.Create(p.Key, p.Value ?? string.Empty)));
        using var response = await bed.Http.PostAsync(bed.GatewayUrl, content);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(21001, body.RootElement.GetProperty("error_response").GetProperty("error_code").GetInt32());
        Assert.Equal(PlatformErrorClass.Permanent, PddErrorClassifier.Classify(new PlatformError("21001")));
    }

    [Fact]
    public async Task An_order_updated_after_the_pull_is_seen_again_with_its_newer_version()
    {
        await using var bed = await PddTestBed.StartAsync();
        await bed.SeedAsync([PddOrders.Paid(77, Start.AddMinutes(3))]);
        var adapter = bed.Adapter();
        var before = Assert.Single((await adapter.ListModifiedAsync(bed.Session.AccessToken, HalfHour, 1)).Orders);

        await bed.ChangeAsync(PddOrders.Sn(77), new PddSimOrderChange(OrderStatus: 2, UpdatedAt: Start.AddMinutes(9)));
        var after = Assert.Single((await adapter.ListModifiedAsync(bed.Session.AccessToken, HalfHour, 1)).Orders);

        Assert.Equal(PlatformOrderState.Paid, before.State);
        Assert.Equal(PlatformOrderState.Shipped, after.State);
        Assert.Equal(VersionDecision.Apply, PlatformOrderVersion.Decide(new PlatformOrderVersion(before.ModifiedAt), new PlatformOrderVersion(after.ModifiedAt)));
        Assert.Equal(VersionDecision.IgnoreOlder, PlatformOrderVersion.Decide(new PlatformOrderVersion(after.ModifiedAt), new PlatformOrderVersion(before.ModifiedAt)));
    }

    [Fact]
    public async Task An_order_that_becomes_visible_late_with_an_older_updated_at_is_caught_by_the_next_pulls_overlap()
    {
        var clock = new FakeTimeProvider(Start.AddHours(1));
        await using var bed = await PddTestBed.StartAsync(clock);
        var adapter = bed.Adapter();
        var token = bed.Session.AccessToken;
        var rules = adapter.Rules;
        var now = clock.GetUtcNow();
        // Updated 4 minutes before the pull, but indexed only 2 minutes after it: the first pull (up to
        // now − 3 min settle lag) cannot see it, and its updated_at is older than the checkpoint.
        var late = PddOrders.Paid(1, now.AddMinutes(-4)) with { VisibleAt = now.AddMinutes(2) };
        await bed.SeedAsync([late, PddOrders.Paid(2, now.AddMinutes(-10))]);

        var firstPlan = PullWindowPlanner.Plan(rules, checkpoint: null, now, firstPullFrom: now.AddMinutes(-30));
        var firstRead = new List<PlatformListing>();
        foreach (var window in firstPlan.Windows)
        {
            firstRead.AddRange(await PddTestBed.PullBackwardsAsync(adapter, token, window));
        }

        var checkpoint = firstPlan.Windows[^1].End;
        clock.Advance(TimeSpan.FromMinutes(5));
        var secondPlan = PullWindowPlanner.Plan(rules, checkpoint, clock.GetUtcNow(), firstPullFrom: now);
        var secondRead = new List<PlatformListing>();
        foreach (var window in secondPlan.Windows)
        {
            secondRead.AddRange(await PddTestBed.PullBackwardsAsync(adapter, token, window));
        }

        Assert.Equal([PddOrders.Sn(2)], firstRead.Select(l => l.PlatformOrderId));
        Assert.True(late.UpdatedAt < checkpoint);
        Assert.Equal(checkpoint - rules.Overlap, secondPlan.Windows[0].Start);
        Assert.Contains(PddOrders.Sn(1), secondRead.Select(l => l.PlatformOrderId));
    }

    [Fact]
    public async Task A_silent_shop_lists_nothing_until_silence_is_switched_off()
    {
        await using var bed = await PddTestBed.StartAsync();
        await bed.SeedAsync([PddOrders.Paid(1, Start.AddMinutes(1))]);
        var adapter = bed.Adapter();
        await bed.FaultsAsync(new SimFaults(Silent: true));

        var silent = await adapter.ListModifiedAsync(bed.Session.AccessToken, HalfHour, 1);
        await bed.FaultsAsync(new SimFaults(Silent: false));
        var back = await adapter.ListModifiedAsync(bed.Session.AccessToken, HalfHour, 1);

        Assert.Empty(silent.Orders);
        Assert.Equal(0, silent.TotalResults);
        Assert.False(silent.HasNext);
        Assert.Single(back.Orders);
    }
}
