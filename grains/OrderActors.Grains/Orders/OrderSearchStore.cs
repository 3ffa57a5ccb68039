using System.Collections.Immutable;
using Npgsql;
using NpgsqlTypes;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Orders;

/// <summary>Reads <c>order_search</c>, which <see cref="Analytics.StatusEventStore"/> keeps current.</summary>
internal sealed class OrderSearchStore(NpgsqlDataSource dataSource)
{
    public async Task<ImmutableArray<OrderSearchHit>> Search(OrderSearchQuery query)
    {
        // Every filter is "absent or equal", so one statement serves every combination; the text matches exact
        // keys only (each has its own index), never a LIKE scan.
        await using var cmd = dataSource.CreateCommand(
            """
            select order_id, channel, shop, platform_order_id, status, version, warehouse, carrier, waybill_number, phone_tail,
                   created_at, paid_at, placed_at, updated_at
            from order_search
            where ($1::text is null or order_id = $1 or platform_order_id = $1 or waybill_number = $1 or ($2 and phone_tail = $1))
              and ($3::text is null or status = $3)
              and ($4::text is null or channel = $4)
              and ($5::text is null or shop = $5)
              and ($6::timestamptz is null or placed_at >= $6)
              and ($7::timestamptz is null or placed_at < $7)
              and ($8::timestamptz is null or (placed_at, order_id) < ($8, $9::text))
            order by placed_at desc, order_id desc
            limit $10
            """);
        cmd.Parameters.Add(Text(query.Text));
        cmd.Parameters.Add(new NpgsqlParameter { Value = PhoneTail.IsTail(query.Text) });
        cmd.Parameters.Add(Text(query.Status?.ToString()));
        cmd.Parameters.Add(Text(query.Channel));
        cmd.Parameters.Add(Text(query.Shop));
        cmd.Parameters.Add(Time(query.From));
        cmd.Parameters.Add(Time(query.To));
        cmd.Parameters.Add(Time(query.AfterPlacedAt));
        cmd.Parameters.Add(Text(query.AfterOrderId ?? ""));
        cmd.Parameters.Add(new NpgsqlParameter { Value = Math.Clamp(query.Limit, 1, 201) });
        var hits = ImmutableArray.CreateBuilder<OrderSearchHit>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            hits.Add(new OrderSearchHit(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Enum.Parse<OrderStatus>(reader.GetString(4)),
                reader.GetInt32(5), NullableText(reader, 6), NullableText(reader, 7), NullableText(reader, 8), NullableText(reader, 9),
                reader.GetFieldValue<DateTimeOffset>(10), reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11),
                reader.GetFieldValue<DateTimeOffset>(12), reader.GetFieldValue<DateTimeOffset>(13)));
        }

        return hits.ToImmutable();
    }

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter Time(DateTimeOffset? value) => new() { Value = (object?)value?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz };

    private static string? NullableText(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
