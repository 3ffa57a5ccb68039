using System.Diagnostics.Metrics;
using Npgsql;
using NpgsqlTypes;
using OrderActors.Grains.Storage;
using Orleans.Serialization;
using Orleans.Storage;

namespace OrderActors.Grains.Orders;

/// <summary>
/// The order grains' state in table <c>order_state</c>, one row per order, batched across all order
/// grains of the silo: loads asked while a load is in flight go out as one <c>= any(…)</c> select,
/// saves as one insert-or-update statement. Each row is an order's whole state (Orleans' serializer,
/// the bytes the ADO.NET grain storage stored), guarded by a version: a save applies only when the
/// stored version is the one the grain loaded, so a second activation of an order cannot fork it.
/// </summary>
internal sealed class OrderStateStore
{
    // Rows per statement show operators how well the batching amortizes each round trip.
    private static readonly Meter Meter = new("OrderActors.Orders.State");
    private static readonly Histogram<int> ReadBatch = Meter.CreateHistogram<int>(
        "orderactors.order_state.read.batch_size", "{order}", "Orders asked for per order state read (one statement).");
    private static readonly Histogram<int> WriteBatch = Meter.CreateHistogram<int>(
        "orderactors.order_state.write.batch_size", "{order}", "Orders written per order state write (one statement, one transaction).");

    // An order's state is a kilobyte or two: 1,000 of them keep a statement to a few megabytes.
    private const int MaxBatch = 1_000;

    private readonly NpgsqlDataSource _dataSource;
    private readonly Serializer _serializer;
    private readonly BatchingCaller<string, (int Version, byte[] State)?> _reads;
    private readonly BatchingCaller<Write, int?> _writes;

    public OrderStateStore(NpgsqlDataSource dataSource, Serializer serializer)
    {
        _dataSource = dataSource;
        _serializer = serializer;
        _reads = new BatchingCaller<string, (int, byte[])?>(ReadBatchAsync, MaxBatch);
        _writes = new BatchingCaller<Write, int?>(WriteBatchAsync, MaxBatch);
    }

    /// <summary>The stored state and its version, or null when the order was never written.</summary>
    public async Task<(int Version, OrderState State)?> Load(string orderId, CancellationToken cancellationToken)
    {
        var row = await _reads.Call(orderId).WaitAsync(cancellationToken);

        // Each caller deserializes its own copy: two activations of one order must never share an object.
        return row is { } found
            ? (found.Version, _serializer.Deserialize<OrderState>(found.State) ?? throw new InvalidOperationException($"Order {orderId}: the stored state is empty."))
            : null;
    }

    /// <summary>
    /// Stores the whole state if the stored version still is <paramref name="expectedVersion"/> (0: no row yet);
    /// completes after the commit with the new version.
    /// </summary>
    /// <exception cref="InconsistentStateException">Another activation wrote the order since this one loaded it.</exception>
    public async Task<int> Save(string orderId, int expectedVersion, OrderState state)
    {
        // Serialized now, in the grain's turn: the grain goes on changing its state after this call returns a task.
        var written = await _writes.Call(new Write(orderId, expectedVersion, _serializer.SerializeToArray(state)));
        return written ?? throw new InconsistentStateException(
            $"Order {orderId} was not stored: its stored version is no longer {expectedVersion} (another activation wrote it).");
    }

    private async Task<(int, byte[])?[]> ReadBatchAsync(IReadOnlyList<string> orderIds)
    {
        var keys = orderIds.Distinct(StringComparer.Ordinal).ToArray();
        await using var cmd = _dataSource.CreateCommand("select order_id, version, state from order_state where order_id = any($1)");
        cmd.Parameters.Add(new NpgsqlParameter { Value = keys, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        var rows = new Dictionary<string, (int, byte[])>(keys.Length, StringComparer.Ordinal);
        await using (var reader = await cmd.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                rows[reader.GetString(0)] = (reader.GetInt32(1), reader.GetFieldValue<byte[]>(2));
            }
        }

        ReadBatch.Record(keys.Length);
        return [.. orderIds.Select(id => rows.TryGetValue(id, out var row) ? row : ((int, byte[])?)null)];
    }

    private async Task<int?[]> WriteBatchAsync(IReadOnlyList<Write> writes)
    {
        // One activation never has two saves in flight; two saves of one order in a batch are two activations,
        // and the second must lose anyway, so only the first goes to the database.
        var first = new Dictionary<string, int>(writes.Count, StringComparer.Ordinal);
        for (var i = 0; i < writes.Count; i++)
        {
            first.TryAdd(writes[i].OrderId, i);
        }

        var sent = first.Values.Select(i => writes[i]).ToArray();
        await using var cmd = _dataSource.CreateCommand(
            """
            with batch as (
                select * from unnest($1::text[], $2::int[], $3::bytea[]) as b(order_id, expected, state)
            ), inserted as (
                insert into order_state (order_id, version, state)
                select order_id, 1, state from batch where expected = 0
                on conflict (order_id) do nothing
                returning order_id, version
            ), updated as (
                update order_state s
                set version = case when s.version = 2147483647 then 1 else s.version + 1 end,
                    state = b.state,
                    updated_at = now()
                from batch b
                where b.expected <> 0 and s.order_id = b.order_id and s.version = b.expected
                returning s.order_id, s.version
            )
            select order_id, version from inserted
            union all
            select order_id, version from updated
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = sent.Select(w => w.OrderId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = sent.Select(w => w.ExpectedVersion).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        cmd.Parameters.Add(new NpgsqlParameter { Value = sent.Select(w => w.State).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        var applied = new Dictionary<string, int>(sent.Length, StringComparer.Ordinal);
        await using (var reader = await cmd.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                applied[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        WriteBatch.Record(sent.Length);
        return [.. writes.Select((w, i) => first[w.OrderId] == i && applied.TryGetValue(w.OrderId, out var version) ? version : (int?)null)];
    }

    private sealed record Write(string OrderId, int ExpectedVersion, byte[] State);
}
