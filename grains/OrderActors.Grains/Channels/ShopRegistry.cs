using System.Collections.Immutable;
using Npgsql;
using NpgsqlTypes;
using OrderActors.GrainInterfaces.Channels;

namespace OrderActors.Grains.Channels;

/// <summary>
/// The list of connected shops (<c>channel_shops</c>): connectors add themselves, the channel health page lists
/// them. Only which shops exist lives here; tokens and health stay in the connector grains.
/// </summary>
internal sealed class ShopRegistry(NpgsqlDataSource dataSource)
{
    /// <summary>Idempotent: a shop registers once, later calls change nothing.</summary>
    public async Task Register(string channel, string shop, DateTimeOffset at)
    {
        await using var cmd = dataSource.CreateCommand(
            "insert into channel_shops (channel, shop, registered_at) values ($1, $2, $3) on conflict do nothing");
        cmd.Parameters.Add(new NpgsqlParameter { Value = channel });
        cmd.Parameters.Add(new NpgsqlParameter { Value = shop });
        cmd.Parameters.Add(new NpgsqlParameter { Value = at.UtcDateTime });
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task<ImmutableArray<ShopKey>> List(string? channel)
    {
        await using var cmd = dataSource.CreateCommand(
            "select channel, shop from channel_shops where ($1::text is null or channel = $1) order by channel, shop");
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)channel ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        var result = ImmutableArray.CreateBuilder<ShopKey>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(new ShopKey(reader.GetString(0), reader.GetString(1)));
        }

        return result.ToImmutable();
    }
}
