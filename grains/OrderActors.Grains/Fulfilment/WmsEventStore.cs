using System.Collections.Immutable;
using Npgsql;
using OrderActors.GrainInterfaces.Fulfilment;

namespace OrderActors.Grains.Fulfilment;

/// <summary>
/// <c>wms_events</c> (every event that reached its order, once per warehouse and event id, with its
/// outcome) and <c>wms_event_reviews</c> (the refused ones, for a person). The inbox records an event
/// before it answers, so a 2xx or a 409 review answer is durable.
/// </summary>
internal sealed class WmsEventStore(NpgsqlDataSource dataSource)
{
    private const string ReviewColumns =
        """
        r.id, r.warehouse, r.event_id, e.order_id, e.kind, e.occurred_at, e.operator, r.rejection, r.detail, r.opened_at,
        r.attempts, r.last_attempt_at, r.closed_at, r.closed_by, r.resolution, r.note, e.device, e.delay_reason
        """;

    public async Task<StoredWmsEvent?> Find(string warehouse, string eventId)
    {
        await using var cmd = dataSource.CreateCommand(
            """
            select e.order_id, e.body_sha256, e.outcome, r.id, r.rejection, r.detail
            from wms_events e left join wms_event_reviews r on r.warehouse = e.warehouse and r.event_id = e.event_id
            where e.warehouse = $1 and e.event_id = $2
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = warehouse });
        cmd.Parameters.Add(new NpgsqlParameter { Value = eventId });
        await using var reader = await cmd.ExecuteReaderAsync().ConfigureAwait(false);
        if (!await reader.ReadAsync().ConfigureAwait(false))
        {
            return null;
        }

        return new StoredWmsEvent(
            reader.GetString(0),
            reader.GetString(1),
            Outcome(reader.GetString(2)),
            reader.IsDBNull(3) ? null : reader.GetInt64(3),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetString(5));
    }

    /// <summary>
    /// Records an event with its outcome and, for <see cref="WmsOutcome.Review"/>, opens its review, in one
    /// statement; answers the review id. Throws when the event id is recorded already (a race the caller
    /// answers with "retry", after which the repeat is found).
    /// </summary>
    public async Task<long?> Record(string orderId, WarehouseEvent e, string bodyDigest, WmsOutcome outcome, string? rejection, string? detail, DateTimeOffset receivedAt, DateTimeOffset now)
    {
        await using var cmd = dataSource.CreateCommand(
            """
            with ev as (
                insert into wms_events (warehouse, event_id, order_id, kind, occurred_at, operator, device, delay_reason, body_sha256, outcome, received_at, decided_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                returning warehouse, event_id
            ), rv as (
                insert into wms_event_reviews (warehouse, event_id, rejection, detail, opened_at)
                select warehouse, event_id, $13, $14, $12 from ev where $10 = 'review'
                returning id
            )
            select (select id from rv), (select count(*) from ev)
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = e.Warehouse });
        cmd.Parameters.Add(new NpgsqlParameter { Value = e.EventId });
        cmd.Parameters.Add(new NpgsqlParameter { Value = orderId });
        cmd.Parameters.Add(new NpgsqlParameter { Value = WmsEventTypes.Wire(e.Kind) });
        cmd.Parameters.Add(new NpgsqlParameter { Value = e.At.ToUniversalTime() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = e.Operator });
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = e.Device, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = e.DelayReason, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = bodyDigest });
        cmd.Parameters.Add(new NpgsqlParameter { Value = Wire(outcome) });
        cmd.Parameters.Add(new NpgsqlParameter { Value = receivedAt.ToUniversalTime() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = now.ToUniversalTime() });
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = rejection ?? string.Empty, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = detail ?? string.Empty, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await using var reader = await cmd.ExecuteReaderAsync().ConfigureAwait(false);
        await reader.ReadAsync().ConfigureAwait(false);
        return reader.IsDBNull(0) ? null : reader.GetInt64(0);
    }

    public async Task<ImmutableArray<WmsReview>> ListReviews(string? warehouse, bool? open, int limit)
    {
        await using var cmd = dataSource.CreateCommand(
            $"""
            select {ReviewColumns}
            from wms_event_reviews r join wms_events e on e.warehouse = r.warehouse and e.event_id = r.event_id
            where ($1::text is null or r.warehouse = $1) and ($2::boolean is null or (r.closed_at is null) = $2)
            order by r.id desc limit $3
            """);
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = warehouse, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter<bool?> { TypedValue = open, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Boolean });
        cmd.Parameters.Add(new NpgsqlParameter { Value = limit });
        return await ReadReviews(cmd).ConfigureAwait(false);
    }

    public async Task<WmsReview?> GetReview(long id)
    {
        await using var cmd = dataSource.CreateCommand(
            $"""
            select {ReviewColumns}
            from wms_event_reviews r join wms_events e on e.warehouse = r.warehouse and e.event_id = r.event_id
            where r.id = $1
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = id });
        var found = await ReadReviews(cmd).ConfigureAwait(false);
        return found.IsEmpty ? null : found[0];
    }

    /// <summary>
    /// Closes an open review; with <c>applied</c> the event's outcome becomes applied too (in the same
    /// statement), so a later repeat of the event is answered as applied. False when it was not open.
    /// </summary>
    public async Task<bool> Close(long id, string actor, string resolution, string? note, DateTimeOffset now)
    {
        await using var cmd = dataSource.CreateCommand(
            """
            with closed as (
                update wms_event_reviews set closed_at = $2, closed_by = $3, resolution = $4, note = $5,
                    attempts = attempts + case when $4 = 'applied' then 1 else 0 end,
                    last_attempt_at = case when $4 = 'applied' then $2 else last_attempt_at end
                where id = $1 and closed_at is null
                returning warehouse, event_id
            ), ev as (
                update wms_events e set outcome = 'applied', decided_at = $2
                from closed c where $4 = 'applied' and e.warehouse = c.warehouse and e.event_id = c.event_id
                returning 1
            )
            select (select count(*) from closed), (select count(*) from ev)
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = id });
        cmd.Parameters.Add(new NpgsqlParameter { Value = now.ToUniversalTime() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = actor });
        cmd.Parameters.Add(new NpgsqlParameter { Value = resolution });
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = note, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await using var reader = await cmd.ExecuteReaderAsync().ConfigureAwait(false);
        await reader.ReadAsync().ConfigureAwait(false);
        return reader.GetInt64(0) == 1;
    }

    /// <summary>A retry the order still refused: counted, with the order's latest reason. False when the review was not open.</summary>
    public async Task<bool> RecordRefusedAttempt(long id, string rejection, string detail, DateTimeOffset now)
    {
        await using var cmd = dataSource.CreateCommand(
            """
            update wms_event_reviews set attempts = attempts + 1, last_attempt_at = $2, rejection = $3, detail = $4
            where id = $1 and closed_at is null
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = id });
        cmd.Parameters.Add(new NpgsqlParameter { Value = now.ToUniversalTime() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = rejection });
        cmd.Parameters.Add(new NpgsqlParameter { Value = detail });
        return await cmd.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
    }

    private static async Task<ImmutableArray<WmsReview>> ReadReviews(NpgsqlCommand cmd)
    {
        var result = ImmutableArray.CreateBuilder<WmsReview>();
        await using var reader = await cmd.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            WmsEventTypes.TryParse(reader.GetString(4), out var kind);
            result.Add(new WmsReview(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                kind!.Value,
                reader.GetFieldValue<DateTimeOffset>(5),
                reader.GetString(6),
                reader.GetString(7),
                reader.GetString(8),
                reader.GetFieldValue<DateTimeOffset>(9),
                reader.GetInt32(10),
                NullableTime(reader, 11),
                NullableTime(reader, 12),
                NullableText(reader, 13),
                NullableText(reader, 14),
                NullableText(reader, 15),
                NullableText(reader, 16),
                NullableText(reader, 17)));
        }

        return result.ToImmutable();
    }

    private static DateTimeOffset? NullableTime(NpgsqlDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetFieldValue<DateTimeOffset>(i);

    private static string? NullableText(NpgsqlDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static string Wire(WmsOutcome outcome) => outcome switch
    {
        WmsOutcome.Applied => "applied",
        WmsOutcome.Unchanged => "unchanged",
        WmsOutcome.Review => "review",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "only applied, unchanged and review are recorded"),
    };

    private static WmsOutcome Outcome(string wire) => wire switch
    {
        "applied" => WmsOutcome.Applied,
        "unchanged" => WmsOutcome.Unchanged,
        _ => WmsOutcome.Review,
    };
}
