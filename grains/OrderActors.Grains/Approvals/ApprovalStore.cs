using System.Collections.Immutable;
using Npgsql;
using OrderActors.GrainInterfaces.Approvals;

namespace OrderActors.Grains.Approvals;

/// <summary><c>approvals</c> (the queue) and <c>approval_decisions</c> (the audit trail), both written by order grains.</summary>
internal sealed class ApprovalStore(NpgsqlDataSource dataSource)
{
    /// <summary>Upserts the order's queue row and appends the decision, if any, in one transaction.</summary>
    public async Task Save(PendingApproval row, ApprovalDecisionView? decision)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        var upsert = new NpgsqlBatchCommand(
            """
            insert into approvals (order_id, rule, status, requested_at, warehouse, carrier, waybill, value_fen, decided_by, decided_at, comment)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            on conflict (order_id) do update set rule = excluded.rule, status = excluded.status, requested_at = excluded.requested_at,
                warehouse = excluded.warehouse, carrier = excluded.carrier, waybill = excluded.waybill, value_fen = excluded.value_fen,
                decided_by = excluded.decided_by, decided_at = excluded.decided_at, comment = excluded.comment
            """);
        upsert.Parameters.Add(new() { Value = row.OrderId });
        upsert.Parameters.Add(new() { Value = row.Rule });
        upsert.Parameters.Add(new() { Value = Name(row.Status) });
        upsert.Parameters.Add(new() { Value = row.RequestedAt.ToUniversalTime() });
        upsert.Parameters.Add(new() { Value = (object?)row.Warehouse ?? DBNull.Value });
        upsert.Parameters.Add(new() { Value = (object?)row.Carrier ?? DBNull.Value });
        upsert.Parameters.Add(new() { Value = (object?)row.WaybillNumber ?? DBNull.Value });
        upsert.Parameters.Add(new() { Value = row.ValueFen });
        upsert.Parameters.Add(new() { Value = (object?)row.DecidedBy ?? DBNull.Value });
        upsert.Parameters.Add(new() { Value = (object?)row.DecidedAt?.ToUniversalTime() ?? DBNull.Value });
        upsert.Parameters.Add(new() { Value = (object?)row.Comment ?? DBNull.Value });
        batch.BatchCommands.Add(upsert);
        if (decision is not null)
        {
            var audit = new NpgsqlBatchCommand(
                "insert into approval_decisions (order_id, decision, approver, at, comment) values ($1, $2, $3, $4, $5) on conflict do nothing");
            audit.Parameters.Add(new() { Value = row.OrderId });
            audit.Parameters.Add(new() { Value = Name(decision.Decision) });
            audit.Parameters.Add(new() { Value = decision.Approver });
            audit.Parameters.Add(new() { Value = decision.At.ToUniversalTime() });
            audit.Parameters.Add(new() { Value = (object?)decision.Comment ?? DBNull.Value });
            batch.BatchCommands.Add(audit);
        }

        await batch.ExecuteNonQueryAsync();
    }

    public async Task<ImmutableArray<PendingApproval>> List(ApprovalStatus status, string? warehouse, int limit)
    {
        await using var cmd = dataSource.CreateCommand(
            """
            select order_id, rule, status, requested_at, warehouse, carrier, waybill, value_fen, decided_by, decided_at, comment
            from approvals
            where status = $1 and ($2::text is null or warehouse = $2 or warehouse like $2 || '+%' or warehouse like '%+' || $2)
            order by requested_at, order_id
            limit $3
            """);
        cmd.Parameters.Add(new() { Value = Name(status) });
        cmd.Parameters.Add(new() { Value = (object?)warehouse ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        cmd.Parameters.Add(new() { Value = limit });
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = ImmutableArray.CreateBuilder<PendingApproval>();
        while (await reader.ReadAsync())
        {
            rows.Add(new PendingApproval(
                reader.GetString(0), reader.GetString(1), Enum.Parse<ApprovalStatus>(reader.GetString(2), ignoreCase: true),
                reader.GetFieldValue<DateTimeOffset>(3), Text(reader, 4), Text(reader, 5), Text(reader, 6), reader.GetInt64(7),
                Text(reader, 8), reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9), Text(reader, 10)));
        }

        return rows.ToImmutable();
    }

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static string Name(ApprovalStatus status) => status.ToString().ToLowerInvariant();
}
