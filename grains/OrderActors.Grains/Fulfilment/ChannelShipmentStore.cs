using System.Collections.Immutable;
using Npgsql;
using OrderActors.GrainInterfaces.Fulfilment;

namespace OrderActors.Grains.Fulfilment;

/// <summary><c>channel_shipments</c>: each write-back's latest state, for operators' lists. One row per order, upserted.</summary>
internal sealed class ChannelShipmentStore(NpgsqlDataSource dataSource)
{
    private const string Columns =
        "order_id, channel, shop, carrier, waybill, status, attempts, last_error, shipped_at, requested_at, updated_at, acknowledged_at, next_attempt_at";

    public async Task Save(ChannelShipmentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        await using var cmd = dataSource.CreateCommand(
            $"""
            insert into channel_shipments ({Columns}) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            on conflict (order_id) do update set
                carrier = excluded.carrier, waybill = excluded.waybill, status = excluded.status, attempts = excluded.attempts,
                last_error = excluded.last_error, shipped_at = excluded.shipped_at, requested_at = excluded.requested_at,
                updated_at = excluded.updated_at, acknowledged_at = excluded.acknowledged_at, next_attempt_at = excluded.next_attempt_at
            """);
        object[] values =
        [
            view.OrderId, view.Channel, view.Shop, view.Carrier, view.Waybill, Wire(view.Status), view.Attempts,
            (object?)view.LastError ?? DBNull.Value, view.ShippedAt.ToUniversalTime(), view.RequestedAt.ToUniversalTime(), view.UpdatedAt.ToUniversalTime(),
            (object?)view.AcknowledgedAt?.ToUniversalTime() ?? DBNull.Value, (object?)view.NextAttemptAt?.ToUniversalTime() ?? DBNull.Value,
        ];
        foreach (var value in values)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        // A null carries no type of its own: name the column's.
        cmd.Parameters[7].NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text;
        cmd.Parameters[11].NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz;
        cmd.Parameters[12].NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz;
        await cmd.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public async Task<ImmutableArray<ChannelShipmentView>> List(ChannelShipmentStatus status, int limit)
    {
        await using var cmd = dataSource.CreateCommand($"select {Columns} from channel_shipments where status = $1 order by updated_at, order_id limit $2");
        cmd.Parameters.Add(new NpgsqlParameter { Value = Wire(status) });
        cmd.Parameters.Add(new NpgsqlParameter { Value = limit });
        var result = ImmutableArray.CreateBuilder<ChannelShipmentView>();
        await using var reader = await cmd.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            result.Add(new ChannelShipmentView(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), Parse(reader.GetString(5)),
                reader.GetInt32(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetFieldValue<DateTimeOffset>(8),
                reader.GetFieldValue<DateTimeOffset>(9), reader.GetFieldValue<DateTimeOffset>(10),
                reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11), reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12)));
        }

        return result.ToImmutable();
    }

    internal static string Wire(ChannelShipmentStatus status) => status switch
    {
        ChannelShipmentStatus.Acknowledged => "acknowledged",
        ChannelShipmentStatus.Failed => "failed",
        ChannelShipmentStatus.NotApplicable => "not-applicable",
        _ => "pending",
    };

    private static ChannelShipmentStatus Parse(string wire) => wire switch
    {
        "acknowledged" => ChannelShipmentStatus.Acknowledged,
        "failed" => ChannelShipmentStatus.Failed,
        "not-applicable" => ChannelShipmentStatus.NotApplicable,
        _ => ChannelShipmentStatus.Pending,
    };
}
