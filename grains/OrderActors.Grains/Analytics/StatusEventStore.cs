using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using OrderActors.Domain.Analytics;
using OrderActors.Domain.Orders;
using OrderActors.Domain.Tracking;
using OrderActors.Grains.ReadModel;
using OrderActors.Grains.Tracking;

namespace OrderActors.Grains.Analytics;

/// <summary>
/// The status-event projection (<c>order_status_events</c>): tracking grains append every status change
/// they take in, per silo in group commits, idempotent on (order id, version); stage analytics reads it.
/// The same statement keeps <c>order_search</c> at each order's newest version, so order search costs no
/// transaction of its own, and so does the tracking check's due time (<c>check_due_at</c>, docs/tracking.md).
/// </summary>
internal sealed class StatusEventStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly IOptions<TrackingOptions> _tracking;
    private readonly BatchingWriter<(StatusEventRecord Event, OrderSearchFacts Search)> _writer;

    public StatusEventStore(NpgsqlDataSource dataSource, IOptions<TrackingOptions> tracking)
    {
        _dataSource = dataSource;
        _tracking = tracking;
        _writer = new BatchingWriter<(StatusEventRecord, OrderSearchFacts)>(Write);
    }

    /// <summary>Completes when the event is durable (or was stored before).</summary>
    public Task Append(StatusEventRecord record, OrderSearchFacts search) => _writer.Add((record, search));

    public Task AppendAll(IEnumerable<StatusEventRecord> records, OrderSearchFacts search) => Task.WhenAll(records.Select(r => _writer.Add((r, search))));

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

    /// <summary>
    /// Takes up to <paramref name="limit"/> orders whose tracking check is due at <paramref name="now"/> and moves their
    /// next check to <paramref name="next"/> in the same statement, before anyone checks them: a sweep that dies half-way
    /// leaves them due again later, never lost; two sweeps never take the same order (skip locked).
    /// </summary>
    public async Task<IReadOnlyList<string>> TakeDueChecks(DateTimeOffset now, DateTimeOffset next, int limit)
    {
        await using var cmd = _dataSource.CreateCommand(
            """
            update order_search set check_due_at = $2
            where order_id in (select order_id from order_search where check_due_at <= $1 order by check_due_at limit $3 for update skip locked)
            returning order_id
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = now.UtcDateTime });
        cmd.Parameters.Add(new NpgsqlParameter { Value = next.UtcDateTime });
        cmd.Parameters.Add(new NpgsqlParameter { Value = limit });
        var ids = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private async Task Write(IReadOnlyList<(StatusEventRecord Event, OrderSearchFacts Search)> batch)
    {
        // Delay reasons travel as one JSON array per row: unnest cannot take a ragged text[][].
        // The search row takes the batch's newest version of each order, and only when it is newer than the
        // stored one: a replayed or late event never moves an order back.
        await using var cmd = _dataSource.CreateCommand(
            """
            with e as (
                select * from unnest($1::text[], $2::int[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::jsonb[],
                                     $9::text[], $10::text[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[])
                    as e(o, v, s, t, c, w, k, d, ph, wb, cr, pd, du)
            ), events as (
                insert into order_status_events (order_id, version, status, at, channel, warehouse, carrier, delay_reasons)
                select o, v, s, t, c, w, k, array(select jsonb_array_elements_text(d)) from e
                on conflict (order_id, version) do nothing
            )
            insert into order_search as r (order_id, channel, shop, platform_order_id, version, status, warehouse, carrier, waybill_number,
                                           phone_tail, created_at, paid_at, updated_at, check_due_at)
            select distinct on (o) o, c, split_part(o, ':', 2), split_part(o, ':', 3), v, s, w, k, wb, ph, coalesce(cr, t), pd, t, du
            from e
            order by o, v desc
            on conflict (order_id) do update set
                version = excluded.version, status = excluded.status, warehouse = excluded.warehouse,
                carrier = coalesce(excluded.carrier, r.carrier), waybill_number = coalesce(excluded.waybill_number, r.waybill_number),
                phone_tail = coalesce(excluded.phone_tail, r.phone_tail), created_at = least(excluded.created_at, r.created_at),
                paid_at = coalesce(excluded.paid_at, r.paid_at), updated_at = excluded.updated_at, check_due_at = excluded.check_due_at
            where excluded.version > r.version
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Event.OrderId).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Event.Version).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Event.Status.ToString()).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Event.At.UtcDateTime).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Event.Channel).ToArray() });
        cmd.Parameters.Add(Texts(batch.Select(e => e.Event.Warehouse)));
        cmd.Parameters.Add(Texts(batch.Select(e => e.Event.Carrier)));
        cmd.Parameters.Add(Texts(batch.Select(e => JsonSerializer.Serialize(e.Event.DelayReasons.IsDefault ? ImmutableArray<string>.Empty : e.Event.DelayReasons))));
        cmd.Parameters.Add(Texts(batch.Select(e => e.Search.PhoneTail)));
        cmd.Parameters.Add(Texts(batch.Select(e => e.Search.WaybillNumber)));
        cmd.Parameters.Add(Times(batch.Select(e => e.Search.CreatedAt)));
        cmd.Parameters.Add(Times(batch.Select(e => e.Search.PaidAt)));
        cmd.Parameters.Add(Times(batch.Select(e => CheckDue(e.Event))));
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>When the tracking check of an order whose newest event this is falls due: never once the order has settled.</summary>
    private DateTimeOffset? CheckDue(StatusEventRecord e) => Timeline.IsSettled(e.Status) ? null : e.At + _tracking.Value.ConfirmAfter;

    private static NpgsqlParameter Texts(IEnumerable<string?> values) =>
        new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };

    private static NpgsqlParameter Times(IEnumerable<DateTimeOffset?> values) =>
        new() { Value = values.Select(v => v?.UtcDateTime).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz };
}
