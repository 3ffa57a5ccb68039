using Npgsql;
using OrderActors.Testing;
using OrderActors.Domain.Channels;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.Simulators;
using OrderActors.Simulators.Douyin;
using OrderActors.Simulators.Jd;
using OrderActors.Simulators.Pdd;
using OrderActors.Simulators.Top;
using Xunit.Abstractions;

namespace OrderActors.Cluster.Tests.Ingestion;

/// <summary>
/// Two days of four marketplaces on a scenario clock: six shops sell on Taobao, Tmall, JD, Pinduoduo and
/// Douyin every five minutes while tokens expire, platforms throttle and fail, pages repeat, orders turn
/// up late with old modified times, one shop goes quiet, and a silo is killed in the middle of a pull.
/// At the end every order the platforms took payment for is in the system exactly once and in its
/// latest state, the weekly reconciliation repairs exactly the late orders and then matches, and the
/// silent shop's alert and all-clear each arrived once by e-mail.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class IngestionScenarioCollection
{
    public const string Name = "ingestion-scenario";
}

[Collection(IngestionScenarioCollection.Name)]
public sealed class IngestionScenarioTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMinutes(5);
    private static readonly DateTimeOffset Start = new(2026, 11, 9, 0, 0, 0, TimeSpan.FromHours(8));
    private const int Days = 2;
    private const int TicksPerDay = 288;
    private const int TokenExpiryTick = 40;
    private const int ThrottleTicks = 70;
    private const int ServerErrorTick = 120;
    private const int DuplicatePageTick = 150;
    private const int LateFromTick = 250;
    private const int LateTicks = 8;
    private const int SilentFrom = 300;
    private const int SilentTicks = 30;
    private const int KillTick = 400;
    private const string SilentShop = "dy-flagship";

    private static readonly MarketAddress[] Addresses =
    [
        new("浙江省", "杭州市", "西湖区", "龙井路1号"),
        new("广东省", "广州市", "天河区", "天河路385号"),
        new("四川省", "成都市", "武侯区", "人民南路四段1号"),
        new("江苏省", "南京市", "鼓楼区", "中山路1号"),
    ];

    [Fact]
    public async Task Two_days_on_four_platforms_with_every_fault_and_a_silo_killed_mid_pull_end_with_every_order_once_in_its_latest_state()
    {
        await using var world = await ScenarioWorld.StartAsync(Start);
        var taobao = new TaobaoMarket(world.State<TopSimulatorState>());
        var markets = new Market[] { taobao, new JdMarket(world.State<JdSimulatorState>()), new PddMarket(world.State<PddSimulatorState>()), new DouyinMarket(world.State<DouyinSimulatorState>()) };

        // Tmall shops sell through TOP too: the same simulator, their own sales channel in the system.
        (Market Market, string Shop, string Channel)[] shops =
        [
            (taobao, "tb-tea", "taobao"), (taobao, "tm-flagship", "tmall"), (markets[1], "jd-tea", "jd"),
            (markets[2], "pdd-tea", "pdd"), (markets[2], "pdd-outlet", "pdd"), (markets[3], SilentShop, "douyin"),
        ];
        foreach (var (market, shop, channel) in shops)
        {
            await world.Connect(market, channel, shop, Start.AddHours(-1));
        }

        var random = new Random(20261109);
        var orders = new List<MarketOrder>();
        var due = new SortedDictionary<int, List<Action>>();
        var late = new Dictionary<string, int>(StringComparer.Ordinal);
        long number = 1000;
        var killed = false;

        void Later(int tick, Action change)
        {
            if (!due.TryGetValue(tick, out var list))
            {
                due[tick] = list = [];
            }

            list.Add(change);
        }

        MarketOrder Sell(Market market, string shop, DateTimeOffset created, bool paid)
        {
            var order = new MarketOrder(shop, ++number, ScenarioWorld.Skus[random.Next(ScenarioWorld.Skus.Length)], 1 + random.Next(3), 1000 + random.Next(9000),
                Addresses[random.Next(Addresses.Length)], created)
            {
                Status = paid ? MarketStatus.Paid : MarketStatus.AwaitingPayment,
                PaidAt = paid ? created : null,
            };
            orders.Add(order);
            market.Put(order);
            return order;
        }

        var totalTicks = Days * TicksPerDay;
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        for (var tick = 0; tick < totalTicks; tick++)
        {
            world.Clock.Advance(Tick);
            var now = world.Clock.GetUtcNow();
            if (due.Remove(tick, out var changes))
            {
                changes.ForEach(c => c());
            }

            foreach (var (market, shop, channel) in shops)
            {
                var seller = market;
                var sales = shop == SilentShop && tick is >= SilentFrom and < SilentFrom + SilentTicks ? 0 : 1 + random.Next(8);
                for (var i = 0; i < sales; i++)
                {
                    var created = now.AddSeconds(-random.Next(1, 290));
                    var unpaid = seller.ListsUnpaid && random.Next(20) == 0;
                    var order = Sell(seller, shop, created, paid: !unpaid);
                    ScheduleLife(seller, order, tick, unpaid);
                }

                if (tick is >= LateFromTick and < LateFromTick + LateTicks)
                {
                    // Paid two hours ago, visible on the platform only in half an hour: beyond every overlap.
                    var order = Sell(seller, shop, now.AddHours(-2), paid: true);
                    order.VisibleAt = now.AddMinutes(30);
                    seller.Put(order);
                    late[$"{channel}:{shop}"] = late.GetValueOrDefault($"{channel}:{shop}") + 1;
                }
            }

            Faults(tick, markets, shops);
            if (tick == KillTick && !killed)
            {
                await KillASiloMidPull(world, shops, Sell, now);
                killed = true;
            }

            await Task.WhenAll(shops.Select(s => world.Client.GetGrain<IChannelConnectorGrain>($"{s.Channel}:{s.Shop}").PullNow()));
        }

        // One more round after the last sale, as the next reminder would.
        world.Clock.Advance(Tick);
        await Task.WhenAll(shops.Select(s => world.Client.GetGrain<IChannelConnectorGrain>($"{s.Channel}:{s.Shop}").PullNow()));
        output.WriteLine($"{orders.Count} orders on the platforms, {totalTicks} pull rounds in {elapsed.Elapsed.TotalSeconds:F0} s");

        // The late orders came into view after the pulls had passed their modified time: only the reconciliation finds them.
        await ReconciliationRepairsExactlyTheLateOrdersThenMatches(world, shops, late);
        await EveryPaidOrderIsInTheSystemOnceInItsLatestState(world, shops, orders);
        await TheSilentShopAlertedOnceAndClearedOnce(world);
        foreach (var (_, shop, channel) in shops)
        {
            var health = await world.Client.GetGrain<IChannelConnectorGrain>($"{channel}:{shop}").GetHealth();
            output.WriteLine($"{channel}:{shop} pulled {health.OrdersPulled}, created {health.OrdersCreated}, updated {health.OrdersUpdated}, retries {health.Retries} (throttled {health.Throttled}), failed pulls {health.FailedPulls}");
            Assert.True(health.Healthy, $"{channel}:{shop}: {health.LastError} {health.TokenProblem}");
            Assert.True(health.Retries > 0, $"{channel}:{shop} never retried, so the faults did not reach it");
        }

        void ScheduleLife(Market seller, MarketOrder order, int tick, bool unpaid)
        {
            if (unpaid)
            {
                // Most unpaid orders are paid a few minutes later; some are closed by the platform unpaid.
                var payTick = tick + 1 + random.Next(3);
                var pays = random.Next(4) != 0;
                Later(payTick, () =>
                {
                    var at = world.Clock.GetUtcNow().AddSeconds(-random.Next(1, 290));
                    order.Modified = at;
                    (order.Status, order.PaidAt) = pays ? (MarketStatus.Paid, at) : (MarketStatus.Cancelled, (DateTimeOffset?)null);
                    seller.Put(order);
                });
                return;
            }

            // Cancellations only an hour or more after payment, so a pull saw the order paid first.
            var fate = random.Next(100);
            if (fate < 3)
            {
                Later(tick + 12 + random.Next(48), () => Change(seller, order, MarketStatus.Cancelled));
            }
            else if (fate < 30)
            {
                Later(tick + 6 + random.Next(60), () => Change(seller, order, MarketStatus.Shipped));
            }
        }

        void Change(Market seller, MarketOrder order, MarketStatus status)
        {
            if (order.Status is MarketStatus.Cancelled)
            {
                return;
            }

            order.Status = status;
            order.Modified = world.Clock.GetUtcNow().AddSeconds(-random.Next(1, 290));
            seller.Put(order);
        }
    }

    private static void Faults(int tick, Market[] markets, (Market Market, string Shop, string Channel)[] shops)
    {
        switch (tick)
        {
            case TokenExpiryTick:
                foreach (var (market, shop, _) in shops)
                {
                    Assert.True(market.State.ExpireSessionsOf(shop) > 0);
                }

                break;
            case >= ThrottleTicks and < ThrottleTicks + 3:
                Array.ForEach(markets, m => m.State.InjectFaults(new SimFaults(Throttles: 3)));
                break;
            case ServerErrorTick:
                // More than one call's retries: some pull fails this round and the next one catches up.
                Array.ForEach(markets, m => m.State.InjectFaults(new SimFaults(ServerErrors: 6)));
                break;
            case DuplicatePageTick:
                Array.ForEach(markets, m => m.State.InjectFaults(new SimFaults(DuplicatePages: 4, Garbage: 1)));
                break;
        }
    }

    /// <summary>
    /// A backlog lands on a shop; once its pull has committed part of it, the silo its connector lives
    /// on is killed. The next pull, on the surviving silo, resumes from the last committed window.
    /// </summary>
    private async Task KillASiloMidPull(
        ScenarioWorld world, (Market Market, string Shop, string Channel)[] shops, Func<Market, string, DateTimeOffset, bool, MarketOrder> sell, DateTimeOffset now)
    {
        var management = world.Client.GetGrain<IManagementGrain>(0);
        var target = shops[0];
        var connectorOfTarget = world.Client.GetGrain<IChannelConnectorGrain>($"{target.Channel}:{target.Shop}");
        await connectorOfTarget.GetHealth();
        var address = await management.GetActivationAddress(connectorOfTarget);
        var victim = world.Cluster.Silos.Single(s => s.SiloAddress.Equals(address));
        var (market, name, channel) = target;
        for (var i = 0; i < 1500; i++)
        {
            sell(market, name, now.AddSeconds(-1 - (i % 280)), true);
        }

        var before = await Recorded(world, channel, name);
        var pull = world.Client.GetGrain<IChannelConnectorGrain>($"{channel}:{name}").PullNow();
        await Eventually.Until(() => Recorded(world, channel, name), n => n >= before + 150, TimeSpan.FromSeconds(60));
        await world.Cluster.KillSiloAsync(victim);

        // Until the cluster declares the silo dead, calls may still be routed to it. The pull that was
        // cut off is not waited for beyond that: a caller learns of the loss only at its response
        // timeout, and the next reminder would not wait for it either.
        await world.Cluster.WaitForLivenessToStabilizeAsync();
        if (await Task.WhenAny(pull, Task.Delay(TimeSpan.FromSeconds(5))) == pull)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => pull);
        }
        else
        {
            _ = pull.ContinueWith(t => t.Exception, TaskScheduler.Default);
        }

        output.WriteLine($"killed {victim.SiloAddress} in the middle of {channel}:{name}'s pull after {await Recorded(world, channel, name) - before} of 1500 orders");
        await world.Cluster.StartAdditionalSiloAsync();
    }

    private static async Task<long> Recorded(ScenarioWorld world, string channel, string shop)
    {
        await using var connection = new NpgsqlConnection(world.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("select count(*) from channel_orders where channel = $1 and shop = $2 and outcome = 'recorded'", connection);
        cmd.Parameters.Add(new NpgsqlParameter { Value = channel });
        cmd.Parameters.Add(new NpgsqlParameter { Value = shop });
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private static async Task EveryPaidOrderIsInTheSystemOnceInItsLatestState(
        ScenarioWorld world, (Market Market, string Shop, string Channel)[] shops, List<MarketOrder> orders)
    {
        var channelOf = shops.ToDictionary(s => s.Shop, s => (s.Channel, s.Market));
        var wrong = new List<string>();
        foreach (var batch in orders.Chunk(500))
        {
            var views = await Task.WhenAll(batch.Select(o => world.Client.GetGrain<IOrderGrain>($"{channelOf[o.Shop].Channel}:{o.Shop}:{channelOf[o.Shop].Market.PlatformId(o)}").Get()));
            foreach (var (order, view) in batch.Zip(views))
            {
                if (!order.Expected)
                {
                    if (view is not null)
                    {
                        wrong.Add($"{order.Shop}/{order.Number}: never paid, but the system holds it");
                    }
                }
                else if (view is null)
                {
                    wrong.Add($"{order.Shop}/{order.Number}: paid, missing");
                }
                else if (view.PlatformModifiedAt != order.Modified)
                {
                    wrong.Add($"{order.Shop}/{order.Number}: holds the copy of {view.PlatformModifiedAt:O}, the platform's latest is {order.Modified:O}");
                }
                else if ((order.Status == MarketStatus.Cancelled) != (view.Status == OrderStatus.Cancelled))
                {
                    wrong.Add($"{order.Shop}/{order.Number}: platform {order.Status}, system {view.Status}");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} orders wrong, e.g. {string.Join("; ", wrong.Take(10))}");
        foreach (var (_, shop, channel) in shops)
        {
            Assert.Equal(orders.Count(o => o.Shop == shop && o.Expected), await Recorded(world, channel, shop));
        }
    }

    private async Task ReconciliationRepairsExactlyTheLateOrdersThenMatches(
        ScenarioWorld world, (Market Market, string Shop, string Channel)[] shops, Dictionary<string, int> late)
    {
        var (from, to) = (ReconciliationSchedule.DayOf(Start.AddMinutes(1)), ReconciliationSchedule.DayOf(Start.AddDays(Days).AddMinutes(-1)));
        foreach (var (_, shop, channel) in shops)
        {
            var connector = world.Client.GetGrain<IChannelConnectorGrain>($"{channel}:{shop}");
            var first = await connector.Reconcile(from, to);
            var again = await connector.Reconcile(from, to);
            output.WriteLine($"{channel}:{shop}: platform {first.Days.Sum(d => d.PlatformCount)}, received {first.Days.Sum(d => d.ReceivedCount)}, missing {first.Days.Sum(d => d.Missing.Length)}, repaired {first.Days.Sum(d => d.Repaired.Length)}");
            Assert.True(first.Clean, $"{channel}:{shop}: {first.Error} {string.Join("; ", first.Days.SelectMany(d => d.Unrepaired).Take(5))} extra {string.Join(",", first.Days.SelectMany(d => d.Extra).Take(5))}");
            Assert.Equal(late[$"{channel}:{shop}"], first.Days.Sum(d => d.Missing.Length));
            Assert.Equal(late[$"{channel}:{shop}"], first.Days.Sum(d => d.Repaired.Length));
            Assert.True(again.Matched, $"{channel}:{shop} still differs after the repair");
        }
    }

    private static async Task TheSilentShopAlertedOnceAndClearedOnce(ScenarioWorld world)
    {
        var source = $"douyin:{SilentShop}";
        await world.Smtp.WaitForMessagesAsync(8, TimeSpan.FromSeconds(60));
        var mails = world.Smtp.Messages.Select(m => m.Message.Subject ?? string.Empty).Where(s => s.Contains(source, StringComparison.Ordinal)).ToList();
        Assert.Single(mails, s => s.Contains("no new order", StringComparison.Ordinal));
        Assert.Single(mails, s => s.Contains("orders are arriving again", StringComparison.Ordinal));
        Assert.DoesNotContain(mails, s => s.Contains("still no new order", StringComparison.Ordinal));
        Assert.All(world.Smtp.Messages, m => Assert.Equal(ScenarioWorld.OperationsAddress, Assert.Single(m.EnvelopeTo)));
        Assert.DoesNotContain(world.Smtp.Messages.Select(m => m.Message.Subject ?? string.Empty), s => s.Contains("no new order", StringComparison.Ordinal) && !s.Contains(source, StringComparison.Ordinal));
    }
}
