using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.Grains.Orders;
using OrderActors.Grains.Storage;
using OrderActors.Testing;
using Orleans.Serialization;
using Orleans.Storage;

namespace OrderActors.Integration.Tests.Orders;

/// <summary>
/// The order grains' state store against real PostgreSQL: batched reads and writes, each caller with its own
/// answer, and the orders the ADO.NET grain storage held before migration 0025.
/// </summary>
[Collection(OrderStateStoreCollection.Name)]
public sealed class OrderStateStoreTests : IAsyncLifetime
{
    private static readonly Serializer Serializer =
        new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(OrderState).Assembly)).BuildServiceProvider().GetRequiredService<Serializer>();

    private TestDatabase _database = null!;
    private NpgsqlDataSource _dataSource = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.Create();
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        await new DatabaseMigrator(_dataSource, NullLogger<DatabaseMigrator>.Instance).Migrate(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Concurrent_saves_and_loads_of_many_orders_take_fewer_statements_than_orders_and_each_gets_its_own_row()
    {
        var ids = Enumerable.Range(0, 200).Select(i => $"web:flagship:batch-{i}").ToArray();
        var store = new OrderStateStore(_dataSource, Serializer);

        var created = await Task.WhenAll(ids.Select(id => store.Save(id, 0, State(id, OrderStatus.Created))));
        Assert.All(created, version => Assert.Equal(1, version));

        // Rows written by one statement share its transaction id (xmin).
        var insertStatements = await _database.Scalar<long>("select count(distinct xmin::text) from order_state");
        Assert.InRange(insertStatements, 1, ids.Length / 2);

        var paid = await Task.WhenAll(ids.Select(id => store.Save(id, 1, State(id, OrderStatus.Paid))));
        Assert.All(paid, version => Assert.Equal(2, version));

        // A fresh store, as after a silo restart: every order activates at once, some never stored.
        var unknown = Enumerable.Range(0, 20).Select(i => $"web:flagship:never-{i}").ToArray();
        using var reads = new BatchSizes("orderactors.order_state.read.batch_size");
        var fresh = new OrderStateStore(_dataSource, Serializer);
        var loaded = await Task.WhenAll(ids.Concat(unknown).Select(id => fresh.Load(id, CancellationToken.None)));

        for (var i = 0; i < ids.Length; i++)
        {
            var (version, state) = loaded[i] ?? throw new Xunit.Sdk.XunitException($"{ids[i]} not found");
            Assert.Equal(2, version);
            Assert.Equal(ids[i], state.Fingerprint);
            Assert.Equal(OrderStatus.Paid, state.Status);
            Assert.Equal($"{ids[i]}-WH", state.Warehouse);
        }

        Assert.All(loaded.Skip(ids.Length), Assert.Null);
        Assert.Equal(ids.Length + unknown.Length, reads.Sum);
        Assert.InRange(reads.Count, 1, (ids.Length + unknown.Length) / 2);
    }

    [Fact]
    public async Task A_stale_version_or_a_second_first_write_fails_only_its_own_caller()
    {
        var ids = Enumerable.Range(0, 20).Select(i => $"web:flagship:stale-{i}").ToArray();
        var store = new OrderStateStore(_dataSource, Serializer);
        await Task.WhenAll(ids.Select(id => store.Save(id, 0, State(id, OrderStatus.Created))));

        // Another activation of order 0 wrote version 2 meanwhile; order 1 is written as new by a second activation.
        var other = await store.Save(ids[0], 1, State(ids[0], OrderStatus.Cancelled));
        Assert.Equal(2, other);
        var saves = ids.Select((id, i) => i switch
        {
            0 => store.Save(id, 1, State(id, OrderStatus.Paid)),
            1 => store.Save(id, 0, State(id, OrderStatus.Paid)),
            _ => store.Save(id, 1, State(id, OrderStatus.Paid)),
        }).ToArray();

        await Assert.ThrowsAsync<InconsistentStateException>(() => saves[0]);
        await Assert.ThrowsAsync<InconsistentStateException>(() => saves[1]);
        Assert.All(await Task.WhenAll(saves.Skip(2)), version => Assert.Equal(2, version));

        var (version0, state0) = (await store.Load(ids[0], CancellationToken.None))!.Value;
        Assert.Equal((2, OrderStatus.Cancelled), (version0, state0.Status));
        var (version1, state1) = (await store.Load(ids[1], CancellationToken.None))!.Value;
        Assert.Equal((1, OrderStatus.Created), (version1, state1.Status));
    }

    [Fact]
    public async Task Orders_the_ADO_NET_grain_storage_held_move_to_order_state_with_their_version()
    {
        var id = "tmall:flagship:1001";
        var state = State(id, OrderStatus.Allocated);

        // The bytes the silo's grain storage wrote: its serializer's output, stored as is.
        var payload = new OrleansGrainStorageSerializer(Serializer).Serialize(state).ToArray();
        Assert.Equal(payload, Serializer.SerializeToArray(state));
        await Insert("order", id, payload, version: 7);
        await Insert("order", "web:flagship:cleared", null, version: 2);
        await Insert("sku", "TEA-1", [1, 2, 3], version: 1);

        // The migration ran on the empty database at start; run it again over the rows stored the old way.
        var migration = DatabaseMigrator.Scripts.Single(s => s.Name.StartsWith("0025_", StringComparison.Ordinal));
        await using (var cmd = _dataSource.CreateCommand(migration.Sql))
        {
            await cmd.ExecuteNonQueryAsync();
        }

        var store = new OrderStateStore(_dataSource, Serializer);
        var (version, loaded) = (await store.Load(id, CancellationToken.None))!.Value;
        Assert.Equal(7, version);
        Assert.Equal(payload, Serializer.SerializeToArray(loaded));
        Assert.Null(await store.Load("web:flagship:cleared", CancellationToken.None));
        Assert.Equal(0L, await _database.Scalar<long>("select count(*) from orleans_grain_state where grain_type = 'order'"));
        Assert.Equal(1L, await _database.Scalar<long>("select count(*) from orleans_grain_state where grain_type = 'sku'"));
        Assert.Equal(8, await store.Save(id, 7, loaded));
    }

    private static OrderState State(string id, OrderStatus status) => new()
    {
        Fingerprint = id,
        Status = status,
        Lines = [new OrderLine("TEA-1", 2, 1_990)],
        Warehouse = $"{id}-WH",
        CreatedAt = new DateTimeOffset(2026, 11, 11, 0, 0, 0, TimeSpan.Zero),
        History = [new OrderHistoryEntry(1, status, new DateTimeOffset(2026, 11, 11, 0, 0, 0, TimeSpan.Zero), "Submit", "api", null, [])],
    };

    private async Task Insert(string grainType, string key, byte[]? payload, int version)
    {
        await using var cmd = _dataSource.CreateCommand(
            """
            insert into orleans_grain_state (grain_id_hash, grain_type_hash, grain_id_n0, grain_id_n1, grain_type, grain_id_extension, service_id, payload, version)
            values (hashtext($2), hashtext($1), 0, 0, $1, $2, 'orderactors', $3, $4)
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = grainType });
        cmd.Parameters.Add(new NpgsqlParameter { Value = key });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)payload ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bytea });
        cmd.Parameters.Add(new NpgsqlParameter { Value = version });
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>What one of the store's batch size histograms records while the test runs.</summary>
    private sealed class BatchSizes : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _count;
        private long _sum;

        public BatchSizes(string instrument)
        {
            _listener.InstrumentPublished = (i, l) =>
            {
                if (i.Name == instrument)
                {
                    l.EnableMeasurementEvents(i);
                }
            };
            _listener.SetMeasurementEventCallback<int>((_, value, _, _) =>
            {
                Interlocked.Increment(ref _count);
                Interlocked.Add(ref _sum, value);
            });
            _listener.Start();
        }

        public long Count => Interlocked.Read(ref _count);

        public long Sum => Interlocked.Read(ref _sum);

        public void Dispose() => _listener.Dispose();
    }
}

/// <summary>Alone, so that no other test's order grains record into the store's batch metrics meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OrderStateStoreCollection
{
    public const string Name = "order state store";
}
