using Npgsql;

namespace OrderActors.ClientApi.Security;

/// <summary>An API key as lists show it: no secret, only its first characters.</summary>
public sealed record ApiKeyInfo(
    string Name, string Prefix, IReadOnlyList<string> Scopes, string CreatedBy, DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt, string? RevokedBy, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

/// <summary>API keys in PostgreSQL (migration 0020), found by the SHA-256 of the secret.</summary>
public sealed class ApiKeyStore(NpgsqlDataSource db)
{
    /// <summary>Characters of the secret kept in clear, to tell keys apart.</summary>
    public const int PrefixLength = 8;

    /// <summary>Creates the key; false when the name is taken.</summary>
    public async Task<bool> Create(string name, string secret, IReadOnlyList<string> scopes, string by, DateTimeOffset at, DateTimeOffset? expires, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(
            """
            insert into auth_api_keys (name, prefix, secret_sha256, scopes, created_by, created_at, expires_at)
            values ($1, $2, $3, $4, $5, $6, $7) on conflict (name) do nothing
            """);
        UserStore.AddAll(cmd, name, secret[..PrefixLength], Secrets.Sha256(secret), scopes.ToArray(), by, at);
        cmd.Parameters.Add(new NpgsqlParameter<DateTimeOffset?> { TypedValue = expires, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>A key from configuration: created, or brought in line with the configured secret and scopes (and un-revoked).</summary>
    public async Task Provision(string name, string secret, IReadOnlyList<string> scopes, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        // Instances starting together would otherwise collide on the unique secret hash rather than on the name.
        await using (var lockCmd = new NpgsqlCommand("select pg_advisory_xact_lock(hashtext('orderactors.auth.bootstrap'))", connection, tx))
        {
            await lockCmd.ExecuteNonQueryAsync(ct);
        }

        await using var cmd = new NpgsqlCommand(
            """
            insert into auth_api_keys (name, prefix, secret_sha256, scopes, created_by, created_at)
            values ($1, $2, $3, $4, 'configuration', $5)
            on conflict (name) do update set prefix = excluded.prefix, secret_sha256 = excluded.secret_sha256, scopes = excluded.scopes,
                revoked_at = null, revoked_by = null
            where auth_api_keys.created_by = 'configuration'
            """, connection, tx);
        UserStore.AddAll(cmd, name, secret[..PrefixLength], Secrets.Sha256(secret), scopes.ToArray(), at);
        await cmd.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> List(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(
            "select name, prefix, scopes, created_by, created_at, expires_at, revoked_by, revoked_at, last_used_at from auth_api_keys order by name");
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var keys = new List<ApiKeyInfo>();
        while (await reader.ReadAsync(ct))
        {
            keys.Add(new ApiKeyInfo(
                reader.GetString(0), reader.GetString(1), reader.GetFieldValue<string[]>(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7), reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8)));
        }

        return keys;
    }

    /// <summary>Revokes the key; false when there is no such key.</summary>
    public async Task<bool> Revoke(string name, string by, DateTimeOffset at, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(
            "update auth_api_keys set revoked_at = coalesce(revoked_at, $3), revoked_by = coalesce(revoked_by, $2) where name = $1");
        UserStore.AddAll(cmd, name, by, at);
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>The name and scopes of the live key with this secret hash, noting that it was used; null for unknown, revoked or expired.</summary>
    public async Task<(string Name, string[] Scopes)?> Use(byte[] secretHash, DateTimeOffset now, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(
            """
            update auth_api_keys set last_used_at = $2
            where secret_sha256 = $1 and revoked_at is null and (expires_at is null or expires_at > $2)
            returning name, scopes
            """);
        UserStore.AddAll(cmd, secretHash, now);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetString(0), reader.GetFieldValue<string[]>(1)) : null;
    }
}
