using System.Net.Http.Json;
using OrderActors.Domain.Channels;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.Simulators;
using OrderActors.Simulators.Top;

namespace OrderActors.Cluster.Tests;

/// <summary>The Taobao connector against the TOP simulator over HTTP: import, dedup, newer-wins, tokens, faults.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ChannelConnectorTests(ClusterFixture fixture)
{
    private readonly HttpClient _sim = new() { BaseAddress = fixture.Simulators.BaseUrl };

    private async Task<(string Shop, string Sku, SimSession Session, IChannelConnectorGrain Connector)> Shop(int stock = 50)
    {
        var shop = $"tb-{Guid.NewGuid():N}"[..16];
        var sku = $"TB-{Guid.NewGuid():N}"[..18];
        await fixture.Stock(sku, "WH-SH", stock);
        var session = await (await _sim.PostAsJsonAsync("sim/top/sessions", new SimSessionRequest(shop))).Content.ReadFromJsonAsync<SimSession>();
        var connector = fixture.Client.GetGrain<IChannelConnectorGrain>($"taobao:{shop}");
        Assert.Null(await connector.Configure(new ShopConnection(
            session!.AccessToken, session.ExpiresAt, session.RefreshToken, TimeSpan.FromMinutes(5), DateTimeOffset.UtcNow.AddHours(-3), Enabled: false)));
        return (shop, sku, session, connector);
    }

    private static SimTrade Trade(long tid, string sku, string status = "WAIT_SELLER_SEND_GOODS", int quantity = 1, DateTimeOffset? modified = null, DateTimeOffset? created = null)
    {
        var at = modified ?? DateTimeOffset.UtcNow.AddMinutes(-30);
        return new SimTrade(tid, status, created ?? at.AddMinutes(-5), at, status == "WAIT_BUYER_PAY" ? null : at.AddMinutes(-4), 3300, 3300, 0, "buyer",
            new SimAddress("韩梅梅", "13900139000", "上海", "上海市", "黄浦区", "南京东路1号", "200000"),
            [new SimLine(tid * 10, 600001, null, sku, sku, "tea", quantity, 3300, 3300 * quantity, 3300 * quantity, status)]);
    }

    private async Task Seed(string shop, params SimTrade[] trades) =>
        (await _sim.PutAsJsonAsync($"sim/top/shops/{shop}/trades", trades)).EnsureSuccessStatusCode();

    [Fact]
    public async Task A_pull_imports_each_paid_order_once_ignores_unpaid_ones_reports_what_it_could_not_import_and_a_repeat_changes_nothing()
    {
        var (shop, sku, _, connector) = await Shop();
        await Seed(shop, Trade(1001, sku), Trade(1002, sku, quantity: 2), Trade(1003, sku), Trade(1004, sku, status: "WAIT_BUYER_PAY"), Trade(1005, "NO-SUCH-SKU"));

        var first = await connector.PullNow();
        var again = await connector.PullNow();

        Assert.Null(first.Error);
        Assert.Equal((5, 3, 1), (first.Trades, first.Created, first.Ignored));
        Assert.Equal("1005", Assert.Single(first.Rejected).PlatformOrderId);
        Assert.Contains("UnknownSku", first.Rejected[0].Reason);
        Assert.NotNull(first.CheckpointAfter);
        Assert.Equal((0, 0), (again.Created, again.Updated));
        var order = await fixture.Client.GetGrain<IOrderGrain>($"taobao:{shop}:1002").Get();
        Assert.Equal((OrderStatus.Allocated, "WH-SH"), (order!.Status, order.Warehouse));
        Assert.Equal(4, (await fixture.Client.GetGrain<IStockCellGrain>($"{sku}@WH-SH").Get()).Reserved);
        var health = await connector.GetHealth();
        Assert.True(health.Healthy);
        Assert.Equal(3, health.OrdersCreated);
    }

    [Fact]
    public async Task A_newer_platform_cancellation_cancels_the_order_and_releases_its_stock_an_older_copy_never_regresses_it()
    {
        var (shop, sku, _, connector) = await Shop();
        await Seed(shop, Trade(2001, sku, quantity: 3));
        await connector.PullNow();
        Assert.Equal(3, (await fixture.Client.GetGrain<IStockCellGrain>($"{sku}@WH-SH").Get()).Reserved);

        (await _sim.PostAsJsonAsync($"sim/top/shops/{shop}/trades/2001/change", new SimTradeChange(Status: "TRADE_CLOSED", Modified: DateTimeOffset.UtcNow.AddMinutes(-1)))).EnsureSuccessStatusCode();
        var report = await connector.PullNow();

        Assert.Equal(1, report.Updated);
        var order = await fixture.Client.GetGrain<IOrderGrain>($"taobao:{shop}:2001").Get();
        Assert.Equal(OrderStatus.Cancelled, order!.Status);
        Assert.Equal(0, (await fixture.Client.GetGrain<IStockCellGrain>($"{sku}@WH-SH").Get()).Reserved);

        var stale = await fixture.Client.GetGrain<IOrderGrain>($"taobao:{shop}:2001").ApplyPlatformUpdate(
            new PlatformOrderUpdate(DateTimeOffset.UtcNow.AddHours(-2), "Paid", "WAIT_SELLER_SEND_GOODS", Orders.For(sku, 3, province: "上海")));
        Assert.Equal(PlatformUpdateOutcome.Unchanged, stale.Outcome);
    }

    [Fact]
    public async Task An_expired_token_is_refreshed_and_the_pull_goes_on()
    {
        var (shop, sku, session, connector) = await Shop();
        await Seed(shop, Trade(3001, sku));
        (await _sim.PostAsync($"sim/top/sessions/{session.AccessToken}/expire", null)).EnsureSuccessStatusCode();

        var report = await connector.PullNow();

        Assert.Null(report.Error);
        Assert.True(report.TokenRefreshed);
        Assert.Equal(1, report.Created);
        Assert.True((await connector.GetHealth()).Healthy);
    }

    [Fact]
    public async Task Throttling_is_retried_and_a_platform_outage_leaves_the_checkpoint_for_the_next_pull()
    {
        var (shop, sku, _, connector) = await Shop();
        await Seed(shop, Trade(4001, sku));
        (await _sim.PostAsJsonAsync("sim/top/faults", new SimFaults(Throttles: 2))).EnsureSuccessStatusCode();
        var throttled = await connector.PullNow();
        Assert.Null(throttled.Error);
        Assert.Equal(1, throttled.Created);

        await Seed(shop, Trade(4002, sku, modified: DateTimeOffset.UtcNow.AddMinutes(-1)));
        // Faults are global and additive in the simulator: exactly one call's retry budget (4 attempts), so none is left over.
        (await _sim.PostAsJsonAsync("sim/top/faults", new SimFaults(ServerErrors: 4))).EnsureSuccessStatusCode();
        var failed = await connector.PullNow();
        Assert.NotNull(failed.Error);
        var unhealthy = await connector.GetHealth();
        Assert.False(unhealthy.Healthy);
        Assert.Equal(throttled.CheckpointAfter, unhealthy.Checkpoint);

        var recovered = await connector.PullNow();
        Assert.Null(recovered.Error);
        Assert.Equal(1, recovered.Created);
        Assert.True((await connector.GetHealth()).Healthy);
    }

    [Fact]
    public async Task Reconciliation_counts_the_platform_day_against_what_was_received_and_repairs_an_order_the_pulls_missed()
    {
        var (shop, sku, _, connector) = await Shop();
        var yesterday = ReconciliationSchedule.LastDays(DateTimeOffset.UtcNow, 1).From;
        var noon = ReconciliationSchedule.ChinaDay(yesterday).Start.AddHours(12);
        var now = DateTimeOffset.UtcNow;
        await Seed(shop,
            Trade(5001, sku, created: noon),
            Trade(5002, sku, created: noon.AddMinutes(1)),
            Trade(5003, sku, status: "WAIT_BUYER_PAY", created: noon.AddMinutes(2)),
            Trade(5004, "NO-SUCH-SKU", created: noon.AddMinutes(3)),
            Trade(5005, sku, created: noon.AddDays(-1)),
            // Visible on the platform only after the pull has passed its modified time (beyond the overlap).
            Trade(5006, sku, created: noon.AddMinutes(4), modified: now.AddHours(-2)) with { VisibleAt = now.AddSeconds(3) });
        var pulled = await connector.PullNow();
        Assert.Equal((3, 1), (pulled.Created, pulled.Rejected.Length));
        await Task.Delay(now.AddSeconds(3.5) - DateTimeOffset.UtcNow);
        Assert.Equal(0, (await connector.PullNow()).Created);

        var first = await connector.Reconcile(yesterday, yesterday);
        var again = await connector.Reconcile(yesterday, yesterday);

        var day = Assert.Single(first.Days);
        Assert.Null(first.Error);
        Assert.Equal((4, 2), (day.PlatformCount, day.ReceivedCount));
        Assert.Equal(["5006"], day.Missing.AsEnumerable());
        Assert.Equal(["5006"], day.Repaired.AsEnumerable());
        Assert.Equal("5004", Assert.Single(day.Refused).PlatformOrderId);
        Assert.True(first.Clean);
        Assert.False(first.Matched);
        var repaired = await fixture.Client.GetGrain<IOrderGrain>($"taobao:{shop}:5006").Get();
        Assert.Equal((OrderStatus.Allocated, "WH-SH"), (repaired!.Status, repaired.Warehouse));
        Assert.True(again.Matched);
        Assert.Equal((4, 3), (again.Days[0].PlatformCount, again.Days[0].ReceivedCount));
        var stored = await fixture.Client.GetGrain<IReadModelGrain>(0).ChannelReconciliations("taobao", shop, 10);
        Assert.Equal(2, stored.Length);
        Assert.Equal(["5006"], stored[1].Day.Repaired.AsEnumerable());
        var health = await connector.GetHealth();
        Assert.True(health.LastReconciliationMatched);
    }

    [Fact]
    public async Task A_refused_token_refresh_makes_the_shop_unhealthy_with_the_reason_and_pulling_goes_on_once_it_is_authorised_again()
    {
        var (shop, sku, session, connector) = await Shop();
        await Seed(shop, Trade(6001, sku));
        (await _sim.PostAsync($"sim/top/sessions/{session.AccessToken}/revoke", null)).EnsureSuccessStatusCode();

        var refused = await connector.PullNow();
        var again = await connector.PullNow();
        var unhealthy = await connector.GetHealth();

        Assert.NotNull(refused.Error);
        Assert.False(refused.TokenRefreshed);
        Assert.NotNull(again.Error);
        Assert.False(unhealthy.Healthy);
        Assert.Equal("token", unhealthy.Alert);
        Assert.Contains("authorise", unhealthy.TokenProblem, StringComparison.Ordinal);

        // The seller authorises again: a new session, configured like the first.
        var fresh = await (await _sim.PostAsJsonAsync("sim/top/sessions", new SimSessionRequest(shop))).Content.ReadFromJsonAsync<SimSession>();
        Assert.Null(await connector.Configure(new ShopConnection(
            fresh!.AccessToken, fresh.ExpiresAt, fresh.RefreshToken, TimeSpan.FromMinutes(5), DateTimeOffset.UtcNow.AddHours(-3), Enabled: false)));
        var recovered = await connector.PullNow();

        Assert.Null(recovered.Error);
        Assert.Equal(1, recovered.Created);
        var healthy = await connector.GetHealth();
        Assert.True(healthy.Healthy);
        Assert.Null(healthy.TokenProblem);
    }
}
