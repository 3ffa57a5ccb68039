using System.Collections.Immutable;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using OrderActors.Domain.Analytics;
using OrderActors.Domain.Orders;
using OrderActors.Grains.ReadModel;

namespace OrderActors.Grains.Analytics;

/// <summary>
/// The status-event projection (<c>order_status_events</c>): tracking grains append every status change
/// they take in, per silo in group commits, idempotent on (order id, version); stage analytics reads it.
/// </summary>
internal sealed class StatusEventStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly BatchingWriter<StatusEventRecord> _writer;

    public StatusEventStore(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
        _writer = new BatchingWriter<StatusEventRecord>(Write);
    }

    /// <summary>Completes when the event is durable (or was stored before).</summary>
    public Task Append(StatusEventRecord record) => _writer.Add(record);

    public Task AppendAll(IEnumerable<StatusEventRecord> records) => Task.WhenAll(records.Select(_writer.Add));

    /// <summary>Every event of the orders that have an event in [from, to) (of the channel, when given), in order and version order.</summary>
    public async Task<IReadOnlyList<StatusEventRecord>> EventsOfOrdersActiveIn(DateTimeOffset from, DateTimeOffset to, string? channel)
    {
        await using var cmd = _dataSource.CreateCommand(
            """
            select order_id, version, status, at, channel, warehouse, carrier, delay_reasons from order_status_events
            where order_id in (select order_id from order_status_events where at >= $1 and at < $2 and ($3::text is null or channel = $3))
            order by order_id, version
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = from.UtcDateTime });
        cmd.Parameters.Add(new NpgsqlParameter { Value = to.UtcDateTime });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)channel ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        var result = new List<StatusEventRecord>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(new StatusEventRecord(
                reader.GetString(0), reader.GetInt32(1), Enum.Parse<OrderStatus>(reader.GetString(2)), reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                [.. reader.GetFieldValue<string[]>(7)]));
        }

        return result;
    }

    private async Task Write(IReadOnlyList<StatusEventRecord> batch)
    {
        // Delay reasons travel as one JSON array per row: unnest cannot take a ragged text[][].
        await using var cmd = _dataSource.CreateCommand(
            """
            insert into order_status_events (order_id, version, status, at, channel, warehouse, carrier, delay_reasons)
            select o, v, s, t, c, w, k, array(select jsonb_array_elements_text(d))
            from unnest($1::text[], $2::int[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::jsonb[]) as e(o, v, s, t, c, w, k, d)
            on conflict (order_id, version) do nothing
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.OrderId).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Version).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Status.ToString()).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.At.UtcDateTime).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Channel).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Warehouse).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Carrier).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter
        {
            Value = batch.Select(e => JsonSerializer.Serialize(e.DelayReasons.IsDefault ? ImmutableArray<string>.Empty : e.DelayReasons)).ToArray(),
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text,
        });
        await cmd.ExecuteNonQueryAsync();
    }
}
