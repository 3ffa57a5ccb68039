using Npgsql;

namespace OrderActors.ClientApi.Security;

/// <summary>A console user as the admin API shows it (never the password hash).</summary>
public sealed record UserInfo(
    string Name, string DisplayName, string Role, bool Disabled, string CreatedBy, DateTimeOffset CreatedAt, string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>The signed-in user behind a session cookie.</summary>
public sealed record SessionUser(string Name, string DisplayName, string Role, string CsrfToken, DateTimeOffset LastSeenAt);

/// <summary>Users and their sessions in PostgreSQL (migration 0020). Every call is one round trip.</summary>
public sealed class UserStore(NpgsqlDataSource db)
{
    private const string UserColumns = "name, display_name, role, disabled, created_by, created_at, changed_by, changed_at";

    public async Task<(UserInfo User, string PasswordHash)?> ForLogin(string name, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"select {UserColumns}, password_hash from auth_users where name = $1");
        cmd.Parameters.Add(new NpgsqlParameter { Value = name });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (ReadUser(reader), reader.GetString(8)) : null;
    }

    public async Task<IReadOnlyList<UserInfo>> List(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"select {UserColumns} from auth_users order by name");
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var users = new List<UserInfo>();
        while (await reader.ReadAsync(ct))
        {
            users.Add(ReadUser(reader));
        }

        return users;
    }

    public async Task<UserInfo?> Get(string name, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"select {UserColumns} from auth_users where name = $1");
        cmd.Parameters.Add(new NpgsqlParameter { Value = name });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadUser(reader) : null;
    }

    /// <summary>Creates the user; false when the name is taken.</summary>
    public async Task<bool> Create(string name, string displayName, string role, string passwordHash, string by, DateTimeOffset at, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(
            """
            insert into auth_users (name, display_name, role, password_hash, created_by, created_at, changed_by, changed_at)
            values ($1, $2, $3, $4, $5, $6, $5, $6) on conflict (name) do nothing
            """);
        AddAll(cmd, name, displayName, role, passwordHash, by, at);
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>Creates the user only while there is no user at all; several instances may try at once, one wins.</summary>
    public async Task<bool> CreateFirst(string name, string passwordHash, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        // Serialises the check-then-insert of instances starting together (the lock ends with the transaction).
        await using (var lockCmd = new NpgsqlCommand("select pg_advisory_xact_lock(hashtext('orderactors.auth.bootstrap'))", connection, tx))
        {
            await lockCmd.ExecuteNonQueryAsync(ct);
        }

        await using var cmd = new NpgsqlCommand(
            """
            insert into auth_users (name, display_name, role, password_hash, created_by, created_at, changed_by, changed_at)
            select $1, $1, 'admin', $2, 'bootstrap', $3, 'bootstrap', $3
            where not exists (select 1 from auth_users)
            """, connection, tx);
        AddAll(cmd, name, passwordHash, at);
        var created = await cmd.ExecuteNonQueryAsync(ct) == 1;
        await tx.CommitAsync(ct);
        return created;
    }

    public Task<bool> SetRole(string name, string role, string by, DateTimeOffset at, CancellationToken ct) =>
        Change("role = $4", name, by, at, role, ct);

    /// <summary>Disabling also ends the user's sessions, so the next request is refused.</summary>
    public async Task<bool> SetDisabled(string name, bool disabled, string by, DateTimeOffset at, CancellationToken ct) =>
        await Change("disabled = $4", name, by, at, disabled, ct) && (!disabled || await EndSessions(name, ct) >= 0);

    /// <summary>A new password ends the user's sessions.</summary>
    public async Task<bool> SetPassword(string name, string passwordHash, string by, DateTimeOffset at, CancellationToken ct) =>
        await Change("password_hash = $4", name, by, at, passwordHash, ct) && await EndSessions(name, ct) >= 0;

    /// <summary>Replaces an outdated hash after a successful sign-in (no change of who/when: the user did not change).</summary>
    public async Task Rehash(string name, string passwordHash, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("update auth_users set password_hash = $2 where name = $1");
        AddAll(cmd, name, passwordHash);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task StartSession(byte[] tokenHash, string userName, string csrfToken, DateTimeOffset now, DateTimeOffset expires, CancellationToken ct)
    {
        await using var batch = db.CreateBatch();
        var insert = new NpgsqlBatchCommand(
            "insert into auth_sessions (token_sha256, user_name, csrf_token, created_at, last_seen_at, expires_at) values ($1, $2, $3, $4, $4, $5)");
        foreach (var value in new object[] { tokenHash, userName, csrfToken, now, expires })
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        // Sessions nobody ended (closed browsers) are swept whenever someone signs in.
        var sweep = new NpgsqlBatchCommand("delete from auth_sessions where expires_at < $1");
        sweep.Parameters.Add(new NpgsqlParameter { Value = now });
        batch.BatchCommands.Add(insert);
        batch.BatchCommands.Add(sweep);
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The session's user, if the session exists, is neither idle too long nor past its end, and the user is enabled.</summary>
    public async Task<SessionUser?> FindSession(byte[] tokenHash, DateTimeOffset now, TimeSpan idle, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(
            """
            select u.name, u.display_name, u.role, s.csrf_token, s.last_seen_at
            from auth_sessions s join auth_users u on u.name = s.user_name
            where s.token_sha256 = $1 and s.expires_at > $2 and s.last_seen_at > $3 and not u.disabled
            """);
        AddAll(cmd, tokenHash, now, now - idle);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new SessionUser(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4))
            : null;
    }

    public async Task TouchSession(byte[] tokenHash, DateTimeOffset now, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("update auth_sessions set last_seen_at = $2 where token_sha256 = $1");
        AddAll(cmd, tokenHash, now);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task EndSession(byte[] tokenHash, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("delete from auth_sessions where token_sha256 = $1");
        AddAll(cmd, tokenHash);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private async Task<int> EndSessions(string userName, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("delete from auth_sessions where user_name = $1");
        AddAll(cmd, userName);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    private async Task<bool> Change<T>(string assignment, string name, string by, DateTimeOffset at, T value, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"update auth_users set {assignment}, changed_by = $2, changed_at = $3 where name = $1");
        AddAll(cmd, name, by, at, value!);
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    private static UserInfo ReadUser(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetBoolean(3),
        r.GetString(4), r.GetFieldValue<DateTimeOffset>(5), r.GetString(6), r.GetFieldValue<DateTimeOffset>(7));

    internal static void AddAll(NpgsqlCommand cmd, params object[] values)
    {
        foreach (var value in values)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = value });
        }
    }
}
