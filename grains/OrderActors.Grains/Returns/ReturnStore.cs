using System.Collections.Immutable;
using Npgsql;
using NpgsqlTypes;
using OrderActors.GrainInterfaces.Returns;

namespace OrderActors.Grains.Returns;

/// <summary>Table <c>returns</c>: one row per return, upserted by the return grain after its state is durable.</summary>
internal sealed class ReturnStore(NpgsqlDataSource dataSource)
{
    public async Task Save(ReturnSummary row)
    {
        await using var cmd = dataSource.CreateCommand(
            """
            insert into returns (return_id, order_id, status, source, platform_return_id, warehouse, reason, refund_status, refund_fen,
                units, passed_units, failed_units, requested_at, received_at, inspected_at, cancelled_at, updated_at)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
            on conflict (return_id) do update set status = excluded.status, warehouse = excluded.warehouse,
                refund_status = excluded.refund_status, refund_fen = excluded.refund_fen, passed_units = excluded.passed_units,
                failed_units = excluded.failed_units, received_at = excluded.received_at, inspected_at = excluded.inspected_at,
                cancelled_at = excluded.cancelled_at, updated_at = excluded.updated_at
            """);
        cmd.Parameters.Add(new() { Value = row.ReturnId });
        cmd.Parameters.Add(new() { Value = row.OrderId });
        cmd.Parameters.Add(new() { Value = Name(row.Status) });
        cmd.Parameters.Add(new() { Value = Name(row.Source) });
        cmd.Parameters.Add(new() { Value = (object?)row.PlatformReturnId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new() { Value = (object?)row.Warehouse ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new() { Value = row.Reason.ToString() });
        cmd.Parameters.Add(new() { Value = Name(row.Refund) });
        cmd.Parameters.Add(new() { Value = row.RefundFen });
        cmd.Parameters.Add(new() { Value = row.Units });
        cmd.Parameters.Add(new() { Value = row.PassedUnits });
        cmd.Parameters.Add(new() { Value = row.FailedUnits });
        cmd.Parameters.Add(new() { Value = row.RequestedAt.ToUniversalTime() });
        cmd.Parameters.Add(Time(row.ReceivedAt));
        cmd.Parameters.Add(Time(row.InspectedAt));
        cmd.Parameters.Add(Time(row.CancelledAt));
        cmd.Parameters.Add(new() { Value = row.UpdatedAt.ToUniversalTime() });
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task<ImmutableArray<ReturnSummary>> List(ReturnStatus? status, string? warehouse, string? orderId, int limit)
    {
        await using var cmd = dataSource.CreateCommand(
            """
            select return_id, order_id, status, source, platform_return_id, warehouse, reason, refund_status, refund_fen,
                units, passed_units, failed_units, requested_at, received_at, inspected_at, cancelled_at, updated_at
            from returns
            where ($1::text is null or status = $1) and ($2::text is null or warehouse = $2) and ($3::text is null or order_id = $3)
            order by requested_at, return_id
            limit $4
            """);
        cmd.Parameters.Add(new() { Value = status is { } s ? Name(s) : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new() { Value = (object?)warehouse ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new() { Value = (object?)orderId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new() { Value = limit });
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = ImmutableArray.CreateBuilder<ReturnSummary>();
        while (await reader.ReadAsync())
        {
            rows.Add(new ReturnSummary(
                reader.GetString(0), reader.GetString(1), Parse<ReturnStatus>(reader.GetString(2)), Parse<ReturnSource>(reader.GetString(3)),
                Text(reader, 4), Text(reader, 5), Parse<ReturnReason>(reader.GetString(6)), Parse<RefundStatus>(reader.GetString(7)),
                reader.GetInt64(8), reader.GetInt32(9), reader.GetInt32(10), reader.GetInt32(11), reader.GetFieldValue<DateTimeOffset>(12),
                At(reader, 13), At(reader, 14), At(reader, 15), reader.GetFieldValue<DateTimeOffset>(16)));
        }

        return rows.ToImmutable();
    }

    private static NpgsqlParameter Time(DateTimeOffset? at) =>
        new() { Value = (object?)at?.ToUniversalTime() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz };

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateTimeOffset? At(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetFieldValue<DateTimeOffset>(column);

    private static T Parse<T>(string value) where T : struct, Enum => Enum.Parse<T>(value, ignoreCase: true);

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
