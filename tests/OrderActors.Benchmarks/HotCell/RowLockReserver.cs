using Npgsql;

using OrderActors.Benchmarks.Infrastructure;

namespace OrderActors.Benchmarks.HotCell;

/// <summary>
/// The way most OMSs reserve: one transaction per reservation on a connection of its own —
/// SELECT … FOR UPDATE the stock row, check, UPDATE reserved, INSERT the reservation, COMMIT.
/// Given its best shot: prepared statements, and the UPDATE and INSERT sent in one round trip.
/// </summary>
internal sealed class RowLockReserver : IReserver
{
    public const string Schema =
        """
        create table if not exists bench_stock (
            sku       text    not null,
            warehouse text    not null,
            on_hand   integer not null,
            reserved  integer not null,
            primary key (sku, warehouse));
        create table if not exists bench_reservation (
            order_id  text    primary key,
            sku       text    not null,
            warehouse text    not null,
            qty       integer not null);
        """;

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlCommand _lock;
    private readonly NpgsqlBatch _apply;

    private RowLockReserver(NpgsqlConnection connection, string sku, string warehouse)
    {
        _connection = connection;
        _lock = new NpgsqlCommand("select on_hand, reserved from bench_stock where sku = $1 and warehouse = $2 for update", connection)
        {
            Parameters = { new() { Value = sku }, new() { Value = warehouse } },
        };
        _apply = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new("update bench_stock set reserved = reserved + $3 where sku = $1 and warehouse = $2")
                {
                    Parameters = { new() { Value = sku }, new() { Value = warehouse }, new() { Value = 1 } },
                },
                new("insert into bench_reservation (order_id, sku, warehouse, qty) values ($1, $2, $3, $4)")
                {
                    Parameters = { new() { Value = "" }, new() { Value = sku }, new() { Value = warehouse }, new() { Value = 1 } },
                },
            },
        };
    }

    public static async Task<IReserver> Open(NpgsqlDataSource dataSource, string sku, string warehouse)
    {
        var connection = await dataSource.OpenConnectionAsync();
        var reserver = new RowLockReserver(connection, sku, warehouse);
        await reserver._lock.PrepareAsync();
        await reserver._apply.PrepareAsync();
        return reserver;
    }

    public async Task<bool> Reserve(string orderId)
    {
        await using var tx = await _connection.BeginTransactionAsync();
        int onHand, reserved;
        await using (var reader = await _lock.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            (onHand, reserved) = (reader.GetInt32(0), reader.GetInt32(1));
        }

        if (onHand - reserved < 1)
        {
            await tx.RollbackAsync();
            return false;
        }

        _apply.BatchCommands[1].Parameters[0].Value = orderId;
        await _apply.ExecuteNonQueryAsync();
        await tx.CommitAsync();
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _lock.DisposeAsync();
        await _apply.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
