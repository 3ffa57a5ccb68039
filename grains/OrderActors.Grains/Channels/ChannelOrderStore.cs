using System.Collections.Immutable;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using OrderActors.GrainInterfaces.Channels;

namespace OrderActors.Grains.Channels;

/// <summary>
/// <c>channel_orders</c> (what each shop handed to the system) and <c>channel_reconciliations</c>
/// (weekly comparisons with the platform). Written by connectors, the web store inbox and CSV imports
/// before they report success, so a reconciliation never counts an order that is not durable.
/// </summary>
internal sealed class ChannelOrderStore(NpgsqlDataSource dataSource)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Upserts a batch in one statement. Once recorded, an order stays recorded (a later copy that is
    /// older and so Unchanged, or a repeat, does not demote it).
    /// </summary>
    public async Task Record(string channel, string shop, IReadOnlyCollection<ReceivedOrder> orders)
    {
        if (orders.Count == 0)
        {
            return;
        }

        // A batch may name an order twice (a duplicate page): the last copy of each id goes in.
        var batch = orders.GroupBy(o => o.PlatformOrderId, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        await using var cmd = dataSource.CreateCommand(
            """
            insert into channel_orders as c (channel, shop, platform_order_id, platform_created_at, platform_modified_at, outcome, detail, first_seen_at, last_seen_at)
            select $1, $2, id, created, modified, outcome, detail, now(), now()
            from unnest($3::text[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::text[]) as u(id, created, modified, outcome, detail)
            on conflict (channel, shop, platform_order_id) do update set
                platform_created_at = coalesce(excluded.platform_created_at, c.platform_created_at),
                platform_modified_at = greatest(c.platform_modified_at, excluded.platform_modified_at),
                outcome = case when c.outcome = 'recorded' then 'recorded' else excluded.outcome end,
                detail = case when c.outcome = 'recorded' then c.detail else excluded.detail end,
                last_seen_at = now()
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = channel });
        cmd.Parameters.Add(new NpgsqlParameter { Value = shop });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(o => o.PlatformOrderId).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(o => o.CreatedAt?.ToUniversalTime()).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(o => o.ModifiedAt.ToUniversalTime()).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(o => Wire(o.Outcome)).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(o => o.Detail).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await cmd.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>What the shop handed over with a platform creation time in [from, to).</summary>
    public async Task<IReadOnlyList<ReceivedOrder>> CreatedBetween(string channel, string shop, DateTimeOffset from, DateTimeOffset to)
    {
        await using var cmd = dataSource.CreateCommand(
            """
            select platform_order_id, platform_created_at, platform_modified_at, outcome, detail from channel_orders
            where channel = $1 and shop = $2 and platform_created_at >= $3 and platform_created_at < $4
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = channel });
        cmd.Parameters.Add(new NpgsqlParameter { Value = shop });
        cmd.Parameters.Add(new NpgsqlParameter { Value = from.ToUniversalTime() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = to.ToUniversalTime() });
        var result = new List<ReceivedOrder>();
        await using var reader = await cmd.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            result.Add(new ReceivedOrder(
                reader.GetString(0),
                reader.GetFieldValue<DateTimeOffset>(1),
                reader.GetFieldValue<DateTimeOffset>(2),
                reader.GetString(3) switch { "recorded" => ReceivedOutcome.Recorded, "rejected" => ReceivedOutcome.Rejected, _ => ReceivedOutcome.Ignored },
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return result;
    }

    /// <summary>Stores every day of a run in one statement.</summary>
    public async Task Save(ShopReconciliation run)
    {
        if (run.Days.IsEmpty)
        {
            return;
        }

        await using var cmd = dataSource.CreateCommand(
            """
            insert into channel_reconciliations (channel, shop, day, run_at, platform_count, received_count, missing, repaired, report)
            select $1, $2, day, $3, platform_count, received_count, missing, repaired, report
            from unnest($4::date[], $5::int[], $6::int[], $7::int[], $8::int[], $9::jsonb[]) as u(day, platform_count, received_count, missing, repaired, report)
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = run.Channel });
        cmd.Parameters.Add(new NpgsqlParameter { Value = run.Shop });
        cmd.Parameters.Add(new NpgsqlParameter { Value = run.RunAt.ToUniversalTime() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = run.Days.Select(d => d.Day).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = run.Days.Select(d => d.PlatformCount).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = run.Days.Select(d => d.ReceivedCount).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = run.Days.Select(d => d.Missing.Length).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = run.Days.Select(d => d.Repaired.Length).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = run.Days.Select(d => JsonSerializer.Serialize(d, Json)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        await cmd.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>The shop's most recent reconciled days, newest run first.</summary>
    public async Task<ImmutableArray<StoredDayReconciliation>> Recent(string channel, string shop, int limit)
    {
        await using var cmd = dataSource.CreateCommand(
            """
            select run_at, report from channel_reconciliations
            where channel = $1 and shop = $2 order by run_at desc, day desc limit $3
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = channel });
        cmd.Parameters.Add(new NpgsqlParameter { Value = shop });
        cmd.Parameters.Add(new NpgsqlParameter { Value = limit });
        var result = ImmutableArray.CreateBuilder<StoredDayReconciliation>();
        await using var reader = await cmd.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            result.Add(new StoredDayReconciliation(reader.GetFieldValue<DateTimeOffset>(0), JsonSerializer.Deserialize<DayReconciliation>(reader.GetString(1), Json)!));
        }

        return result.ToImmutable();
    }

    private static string Wire(ReceivedOutcome outcome) => outcome switch
    {
        ReceivedOutcome.Recorded => "recorded",
        ReceivedOutcome.Rejected => "rejected",
        _ => "ignored",
    };
}
