using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.Configuration;
using Orleans.TestingHost;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Tracking;
using OrderActors.Grains;
using OrderActors.Grains.Storage;
using OrderActors.Grains.Tracking;
using OrderActors.Silo.Hosting;
using OrderActors.Testing;
using Xunit.Abstractions;

namespace OrderActors.Cluster.Tests.Tracking;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TrackingKillCollection
{
    public const string Name = "tracking-kill";
}

/// <summary>
/// Three silos on their own database; a few hundred orders go Paid → Allocated → Outbound → Shipped → Delivered
/// concurrently while one silo is killed. Memory streams lose the events that were queued or in delivery on it,
/// some of them an order's last. Afterwards every tracking timeline and every projected status event must equal
/// its order's history exactly, and the test reports how many timelines were repaired and by which path.
/// </summary>
[Collection(TrackingKillCollection.Name)]
public sealed class TrackingKillTests(ITestOutputHelper output)
{
    private const int OrderCount = 300;
    private const int Concurrency = 24;
    private const string Sku = "KILL-TEA";

    [Fact]
    public async Task After_a_silo_dies_mid_flow_every_timeline_and_projected_event_equals_its_orders_history()
    {
        await using var database = await TestDatabase.Create();
        await using (var dataSource = NpgsqlDataSource.Create(database.ConnectionString))
        {
            await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).Migrate(CancellationToken.None);
        }

        var cluster = await StartCluster(database.ConnectionString);
        try
        {
            var client = cluster.Client;
            Assert.Null((await client.GetGrain<IWarehouseDirectoryGrain>(OrleansNames.WarehouseDirectoryKey)
                .Upsert(new WarehouseDefinition("WH-GZ", "Guangzhou", "440000", "广州", true))).Error);
            await client.GetGrain<ISkuGrain>(Sku).Define("Tea");
            Assert.True((await client.GetGrain<IStockCellGrain>($"{Sku}@WH-GZ").SetStock(OrderCount * 2, 0)).Succeeded);

            var ids = Enumerable.Range(0, OrderCount).Select(i => Orders.NewId("kill")).ToArray();
            var done = 0;
            var killAt = OrderCount / 3;
            var killed = new TaskCompletionSource();
            var gate = new SemaphoreSlim(Concurrency);
            var failures = new ConcurrentBag<string>();
            var flows = ids.Select(async (id, i) =>
            {
                await gate.WaitAsync();
                try
                {
                    await Flow(client, id, i, failures);
                }
                finally
                {
                    gate.Release();
                    if (Interlocked.Increment(ref done) == killAt)
                    {
                        killed.SetResult();
                    }
                }
            }).ToList();

            // Kill while the rest of the flows are in full swing.
            await killed.Task;
            var victim = cluster.Silos[^1];
            await cluster.KillSiloAsync(victim);
            output.WriteLine($"killed {victim.SiloAddress} after {killAt} of {OrderCount} flows");
            await Task.WhenAll(flows);
            Assert.True(failures.IsEmpty, string.Join("; ", failures.Take(5)));

            // Converged without anyone reading: the periodic checks rebuild what the stream lost.
            var projected = await Eventually.Until(() => OrdersFullyProjected(database), n => n == ids.Length, TimeSpan.FromSeconds(90));
            output.WriteLine($"{projected} of {OrderCount} orders fully projected before any read");

            var (gap, check, read, repairedOrders) = (0, 0, 0, 0);
            var wrong = new List<string>();
            var history = await ProjectedEvents(database);
            foreach (var batch in ids.Chunk(50))
            {
                var orders = await Task.WhenAll(batch.Select(id => client.GetGrain<IOrderGrain>(id).Get()));
                var timelines = await Task.WhenAll(batch.Select(id => client.GetGrain<ITrackingGrain>(id).GetTimeline()));
                foreach (var (order, timeline) in orders.Zip(timelines))
                {
                    Assert.NotNull(order);
                    Assert.Equal(OrderStatus.Delivered, order.Status);
                    var expected = order.History.Select(h => (h.Version, h.Status, h.At.UtcDateTime)).ToList();
                    if (!expected.SequenceEqual(timeline.Steps.Select(s => (s.Version, s.Status, s.At.UtcDateTime))))
                    {
                        wrong.Add($"{order.Id}: timeline {string.Join(",", timeline.Steps.Select(s => $"{s.Version}:{s.Status}"))}, order at {order.Version}");
                    }

                    (gap, check, read) = (gap + timeline.RepairsOnGap, check + timeline.RepairsOnCheck, read + timeline.RepairsOnRead);
                    repairedOrders += timeline.Repairs > 0 ? 1 : 0;
                    Assert.Equal(timeline.Repairs, timeline.RepairsOnGap + timeline.RepairsOnCheck + timeline.RepairsOnRead);
                }
            }

            // Reads repair too: the projection is compared after them.
            history = await ProjectedEvents(database);
            foreach (var batch in ids.Chunk(50))
            {
                foreach (var order in await Task.WhenAll(batch.Select(id => client.GetGrain<IOrderGrain>(id).Get())))
                {
                    // timestamptz keeps microseconds; .NET times have 100 ns ticks.
                    var expected = order!.History.Select(h => (h.Version, h.Status.ToString(), new DateTime(h.At.UtcTicks - (h.At.UtcTicks % 10), DateTimeKind.Utc)));
                    if (!expected.SequenceEqual(history.GetValueOrDefault(order.Id) ?? []))
                    {
                        wrong.Add($"{order.Id}: projected {string.Join(",", (history.GetValueOrDefault(order.Id) ?? []).Select(e => e.Version))}");
                    }
                }
            }

            output.WriteLine($"{repairedOrders} timelines repaired: {gap} on a version gap, {check} by the periodic check (last events lost), {read} on read");
            Assert.True(wrong.Count == 0, $"{wrong.Count} differ, e.g. {string.Join("; ", wrong.Take(5))}");
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    /// <summary>One order through every step; each call retried (commands are idempotent) while the cluster notices the dead silo.</summary>
    private static async Task Flow(IClusterClient client, string id, int i, ConcurrentBag<string> failures)
    {
        var order = client.GetGrain<IOrderGrain>(id);
        var submitted = await Retry(() => order.Submit(Orders.For(Sku, 1)));
        if (submitted.Outcome != SubmitOutcome.Accepted)
        {
            failures.Add($"{id}: {submitted.Outcome} {submitted.Detail}");
            return;
        }

        foreach (var step in new Func<Task<OrderCommandResult>>[]
        {
            () => order.RecordOutboundScan($"scan-{i}", "packer"),
            () => order.BindWaybill("SF", $"SF{1000000 + i}"),
            () => order.ConfirmDelivery(DateTimeOffset.UtcNow, "carrier"),
        })
        {
            var result = await Retry(step);
            if (result.Rejection is not null)
            {
                failures.Add($"{id}: {result.Rejection} {result.Detail}");
                return;
            }
        }
    }

    private static async Task<T> Retry<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception) when (attempt < 30)
            {
                await Task.Delay(200);
            }
        }
    }

    private static async Task<long> OrdersFullyProjected(TestDatabase database) =>
        await database.Scalar<long>("select count(*) from (select order_id from order_status_events group by order_id having max(version) = 5 and count(*) = 5) o");

    private static async Task<Dictionary<string, List<(int Version, string Status, DateTime At)>>> ProjectedEvents(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("select order_id, version, status, at from order_status_events order by order_id, version", connection);
        await using var reader = await cmd.ExecuteReaderAsync();
        var result = new Dictionary<string, List<(int, string, DateTime)>>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            var id = reader.GetString(0);
            if (!result.TryGetValue(id, out var list))
            {
                result[id] = list = [];
            }

            list.Add((reader.GetInt32(1), reader.GetString(2), reader.GetDateTime(3)));
        }

        return result;
    }

    private static async Task<InProcessTestCluster> StartCluster(string connectionString)
    {
        var tokenKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var builder = new InProcessTestClusterBuilder(3);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddOrderActorsGrainServices(connectionString);
            silo.Services.Configure<OrderActors.Grains.Channels.TokenProtectionOptions>(o => o.TokenKeys["test"] = tokenKey);

            // Seconds instead of minutes, so the test sees the periodic check at work.
            silo.Services.Configure<TrackingOptions>(o => (o.ConfirmAfter, o.ConfirmEvery, o.SweepEvery) = (TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(1)));
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            silo.AddOrderActorsRuntime(connectionString);
        });

        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
