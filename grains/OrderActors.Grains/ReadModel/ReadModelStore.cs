using System.Collections.Immutable;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Routing;

namespace OrderActors.Grains.ReadModel;

/// <summary>
/// The tables people and reports read (routing decisions, inventory events, reconciliation runs).
/// Writes are batched per silo; reads are plain queries. Never the authority for stock.
/// </summary>
internal sealed class ReadModelStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly NpgsqlDataSource _dataSource;
    private readonly BatchingWriter<RoutingDecisionView> _decisions;
    private readonly BatchingWriter<InventoryEvent> _events;

    public ReadModelStore(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
        _decisions = new BatchingWriter<RoutingDecisionView>(WriteDecisions);
        _events = new BatchingWriter<InventoryEvent>(WriteEvents);
    }

    /// <summary>Logs a routing decision; completes when it is durable.</summary>
    public Task Log(RoutingDecisionView decision) => _decisions.Add(decision);

    public Task Log(InventoryEvent inventoryEvent) => _events.Add(inventoryEvent);

    public async Task<ImmutableArray<RoutingDecisionView>> Decisions(string orderId)
    {
        await using var cmd = _dataSource.CreateCommand("select decision from routing_decisions where order_id = $1 order by id");
        cmd.Parameters.Add(new NpgsqlParameter { Value = orderId });
        return await ReadDecisions(cmd);
    }

    /// <summary>The most recent routed orders (their latest decision), newest first, for rule tests.</summary>
    public async Task<ImmutableArray<RoutingDecisionView>> RecentOrders(int count)
    {
        await using var cmd = _dataSource.CreateCommand(
            """
            select decision from (
                select distinct on (order_id) order_id, id, decision from routing_decisions
                where outcome <> 'Retried' and decided_at > now() - interval '30 days'
                order by order_id, id desc) latest
            order by id desc limit $1
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = count });
        return await ReadDecisions(cmd);
    }

    /// <summary>Reads a query whose first column is a stored decision (jsonb).</summary>
    private static async Task<ImmutableArray<RoutingDecisionView>> ReadDecisions(NpgsqlCommand cmd)
    {
        var result = ImmutableArray.CreateBuilder<RoutingDecisionView>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(JsonSerializer.Deserialize<RoutingDecisionView>(reader.GetString(0), Json)!);
        }

        return result.ToImmutable();
    }

    public async Task<ImmutableArray<InventoryEventView>> Events(string? sku, string? warehouse, int limit)
    {
        await using var cmd = _dataSource.CreateCommand(
            """
            select sku, warehouse, kind, reason, at, on_hand, reserved, safety_stock from inventory_events
            where ($1::text is null or sku = $1) and ($2::text is null or warehouse = $2)
            order by id desc limit $3
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)sku ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)warehouse ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = limit });
        var result = ImmutableArray.CreateBuilder<InventoryEventView>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(new InventoryEventView(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7)));
        }

        return result.ToImmutable();
    }

    public async Task SaveReconciliation(ReconciliationReport report)
    {
        await using var cmd = _dataSource.CreateCommand(
            "insert into reconciliation_runs (started_at, finished_at, cells, reservations, released, report) values ($1, $2, $3, $4, $5, $6::jsonb)");
        cmd.Parameters.Add(new NpgsqlParameter { Value = report.StartedAt });
        cmd.Parameters.Add(new NpgsqlParameter { Value = report.FinishedAt });
        cmd.Parameters.Add(new NpgsqlParameter { Value = report.Cells });
        cmd.Parameters.Add(new NpgsqlParameter { Value = report.Reservations });
        cmd.Parameters.Add(new NpgsqlParameter { Value = report.Released.Length });
        cmd.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(report, Json) });
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Every stock cell with a journal (the reconciler's scope).</summary>
    /// <remarks>
    /// A loose index scan over the (cell, seq) primary key: one index probe per cell, instead of
    /// reading every journal row as DISTINCT would.
    /// </remarks>
    public async Task<ImmutableArray<string>> CellsWithReservations()
    {
        await using var cmd = _dataSource.CreateCommand(
            """
            with recursive cells(cell) as (
                (select cell from stock_cell_journal order by cell limit 1)
                union all
                select (select j.cell from stock_cell_journal j where j.cell > c.cell order by j.cell limit 1)
                from cells c where c.cell is not null)
            select cell from cells where cell is not null
            """);
        var result = ImmutableArray.CreateBuilder<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetString(0));
        }

        return result.ToImmutable();
    }

    private async Task WriteDecisions(IReadOnlyList<RoutingDecisionView> batch)
    {
        await using var cmd = _dataSource.CreateCommand(
            """
            insert into routing_decisions (order_id, decided_at, rule_version, outcome, network_wide, destination_province, destination_city, decision)
            select * from unnest($1::text[], $2::timestamptz[], $3::int[], $4::text[], $5::bool[], $6::text[], $7::text[], $8::jsonb[])
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(d => d.OrderId).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(d => d.DecidedAt.UtcDateTime).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(d => d.RuleVersion).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(d => d.Outcome).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(d => d.NetworkWide).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(d => d.DestinationProvince).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(d => d.DestinationCity).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(d => JsonSerializer.Serialize(d, Json)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await cmd.ExecuteNonQueryAsync();
    }

    private async Task WriteEvents(IReadOnlyList<InventoryEvent> batch)
    {
        await using var cmd = _dataSource.CreateCommand(
            """
            insert into inventory_events (cell, sku, warehouse, kind, reason, at, on_hand, reserved, safety_stock)
            select s || '@' || w, s, w, k, r, t, o, rs, ss from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::int[], $7::int[], $8::int[])
                as e(s, w, k, r, t, o, rs, ss)
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Sku).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Warehouse).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Kind).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Reason).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.At.UtcDateTime).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.OnHand).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Reserved).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.SafetyStock).ToArray() });
        await cmd.ExecuteNonQueryAsync();
    }
}
