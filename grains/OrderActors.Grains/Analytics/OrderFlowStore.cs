using System.Collections.Immutable;
using Npgsql;
using OrderActors.GrainInterfaces.Analytics;
using ContractStatus = OrderActors.GrainInterfaces.Orders.OrderStatus;

namespace OrderActors.Grains.Analytics;

/// <summary>
/// The overview's two queries: status changes per minute (a range scan of <c>order_status_events</c> by time,
/// bounded by the window), and the backlog from <c>order_search</c> through its partial index on open statuses.
/// </summary>
internal sealed class OrderFlowStore(NpgsqlDataSource dataSource)
{
    /// <summary>The statuses an order waits in for someone (warehouse, carrier, customer) to move it on; the partial index names the same.</summary>
    public static readonly ImmutableArray<ContractStatus> OpenStatuses =
        [ContractStatus.Created, ContractStatus.Paid, ContractStatus.Allocated, ContractStatus.Outbound, ContractStatus.Shipped];

    public async Task<ImmutableArray<OrderFlowMinute>> Minutes(DateTimeOffset from, DateTimeOffset to)
    {
        // date_bin against a UTC origin: whole minutes whatever the session's time zone.
        await using var cmd = dataSource.CreateCommand(
            """
            select date_bin('1 minute', at, timestamptz '2000-01-01 00:00:00+00') as minute, channel, status, count(*)::int
            from order_status_events
            where at >= $1 and at < $2
            group by 1, 2, 3
            order by 1, 2, 3
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = from.UtcDateTime });
        cmd.Parameters.Add(new NpgsqlParameter { Value = to.UtcDateTime });
        var result = ImmutableArray.CreateBuilder<OrderFlowMinute>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (Enum.TryParse<ContractStatus>(reader.GetString(2), out var status))
            {
                result.Add(new OrderFlowMinute(reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1), status, reader.GetInt32(3)));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Per open status: orders whose latest status it is, and since when the oldest of them stands there.</summary>
    public async Task<IReadOnlyDictionary<ContractStatus, (int Orders, DateTimeOffset Oldest)>> Backlog()
    {
        // The status list is written out (not a parameter) so the planner matches the partial index's predicate.
        await using var cmd = dataSource.CreateCommand(
            """
            select status, count(*)::int, min(updated_at) from order_search
            where status in ('Created', 'Paid', 'Allocated', 'Outbound', 'Shipped')
            group by status
            """);
        var result = new Dictionary<ContractStatus, (int, DateTimeOffset)>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result[Enum.Parse<ContractStatus>(reader.GetString(0))] = (reader.GetInt32(1), reader.GetFieldValue<DateTimeOffset>(2));
        }

        return result;
    }
}
