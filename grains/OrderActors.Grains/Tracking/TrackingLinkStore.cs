using Npgsql;
using NpgsqlTypes;

namespace OrderActors.Grains.Tracking;

/// <summary><c>tracking_links</c>: one row per link, the token's SHA-256 unique, one link per (order, request id).</summary>
internal sealed class TrackingLinkStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "link_id, order_id, request_id, token_hash, nonce, key_id, created_at, revoked_at";

    /// <summary>Inserts the link unless the order already has one for the request id; true when inserted.</summary>
    public async Task<bool> TryInsert(TrackingLinkRecord link)
    {
        await using var cmd = dataSource.CreateCommand(
            $"insert into tracking_links ({Columns}) values ($1, $2, $3, $4, $5, $6, $7, null) on conflict (order_id, request_id) do nothing");
        cmd.Parameters.Add(new NpgsqlParameter { Value = link.LinkId });
        cmd.Parameters.Add(new NpgsqlParameter { Value = link.OrderId });
        cmd.Parameters.Add(new NpgsqlParameter { Value = link.RequestId });
        cmd.Parameters.Add(new NpgsqlParameter { Value = link.TokenHash });
        cmd.Parameters.Add(new NpgsqlParameter { Value = link.Nonce });
        cmd.Parameters.Add(new NpgsqlParameter { Value = link.KeyId });
        cmd.Parameters.Add(new NpgsqlParameter { Value = link.CreatedAt.UtcDateTime });
        return await cmd.ExecuteNonQueryAsync() == 1;
    }

    public Task<TrackingLinkRecord?> ByRequest(string orderId, string requestId) =>
        Single($"select {Columns} from tracking_links where order_id = $1 and request_id = $2", orderId, requestId);

    public Task<TrackingLinkRecord?> ByTokenHash(byte[] tokenHash) =>
        Single($"select {Columns} from tracking_links where token_hash = $1", tokenHash);

    public async Task<IReadOnlyList<TrackingLinkRecord>> ByOrder(string orderId) =>
        await Read($"select {Columns} from tracking_links where order_id = $1 order by created_at desc, link_id", orderId);

    /// <summary>Revokes the link (the first revocation time stays); null when the order has no such link.</summary>
    public Task<TrackingLinkRecord?> Revoke(string orderId, string linkId, DateTimeOffset at) =>
        Single($"update tracking_links set revoked_at = coalesce(revoked_at, $3) where order_id = $1 and link_id = $2 returning {Columns}",
            orderId, linkId, at.UtcDateTime);

    private async Task<TrackingLinkRecord?> Single(string sql, params object[] values) => (await Read(sql, values)).SingleOrDefault();

    private async Task<List<TrackingLinkRecord>> Read(string sql, params object[] values)
    {
        await using var cmd = dataSource.CreateCommand(sql);
        foreach (var value in values)
        {
            cmd.Parameters.Add(value is byte[] ? new NpgsqlParameter { Value = value, NpgsqlDbType = NpgsqlDbType.Bytea } : new NpgsqlParameter { Value = value });
        }

        var result = new List<TrackingLinkRecord>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(new TrackingLinkRecord(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<byte[]>(3), reader.GetFieldValue<byte[]>(4),
                reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6), reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7)));
        }

        return result;
    }
}
