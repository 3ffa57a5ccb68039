using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;

namespace OrderActors.ClientApi.Security;

/// <summary>
/// Appends audit entries to PostgreSQL in batches: requests that finish while an insert is in flight share the next
/// insert (one round trip for many writes), and each request waits for the insert that holds its entry, so a write
/// the client saw complete is in the audit log. A process that dies loses only entries of requests that had not
/// completed yet (docs/security.md).
/// </summary>
public sealed partial class AuditLog(NpgsqlDataSource db, ILogger<AuditLog> logger) : BackgroundService
{
    private const int MaxBatch = 1000;

    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(
        new BoundedChannelOptions(50_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private sealed record Pending(AuditEntry Entry, TaskCompletionSource Done);

    /// <summary>Completes once the entry is committed (or its batch failed and was logged: the audit never fails the request).</summary>
    public async Task Record(AuditEntry entry, CancellationToken ct)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            // Not with the request's token: a client that hangs up once its write is under way must not be able to
            // keep that write out of the audit. Only the wait for the insert gives up with the request.
            await _queue.Writer.WriteAsync(new Pending(entry, done), CancellationToken.None);
        }
        catch (ChannelClosedException)
        {
            // The writer loop has stopped (shutdown): nobody would take the entry from the queue, so write it here.
            await Write([new Pending(entry, done)], CancellationToken.None);
        }

        await done.Task.WaitAsync(ct);
    }

    public async Task<IReadOnlyList<AuditEntry>> Recent(string? actor, long? before, int limit, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(
            """
            select id, at, actor, method, route, path, status, remote_address, trace_id from audit_log
            where ($1::text is null or actor = $1) and ($2::bigint is null or id < $2)
            order by id desc limit $3
            """);
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = actor, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter<long?> { TypedValue = before, NpgsqlDbType = NpgsqlDbType.Bigint });
        cmd.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(ct))
        {
            entries.Add(new AuditEntry(
                reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5), reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return entries;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }

                await Write(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the batch cut short is written without the stop token; StopAsync writes what is still queued.
            await WriteAtStop(batch);
        }
    }

    /// <summary>
    /// Entries of requests that completed while the host stopped would otherwise be lost with the queue: closes it
    /// (Record writes later entries itself) and writes what it holds. Also when the loop never ran (stopped at once).
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        _queue.Writer.TryComplete();
        var rest = new List<Pending>();
        while (_queue.Reader.TryRead(out var pending))
        {
            rest.Add(pending);
        }

        await WriteAtStop(rest);
    }

    private async Task WriteAtStop(List<Pending> batch)
    {
        if (batch.Count > 0)
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await Write(batch, limit.Token);
        }
    }

    private async Task Write(List<Pending> batch, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Insert(batch, ct);
                break;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException && attempt < 3)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), ct);
            }

            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                LogLost(e, batch.Count);
                break;
            }
        }

        foreach (var pending in batch)
        {
            pending.Done.TrySetResult();
        }
    }

    private async Task Insert(List<Pending> batch, CancellationToken ct)
    {
        // One statement for the whole batch: arrays of columns, unnested into rows.
        await using var cmd = db.CreateCommand(
            """
            insert into audit_log (at, actor, method, route, path, status, remote_address, trace_id)
            select * from unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[])
            """);
        var entries = batch.Select(p => p.Entry).ToList();
        cmd.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.At).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Actor).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Method).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Route).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Path).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Status).ToArray() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.RemoteAddress).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.TraceId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write {Count} audit entries after retries; they are lost")]
    private partial void LogLost(Exception exception, int count);
}
