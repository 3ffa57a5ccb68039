using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace OrderActors.Grains.Storage;

/// <summary>
/// Applies the embedded SQL migrations (Orleans provider tables and queries, then our own tables)
/// in file order. Runs under a PostgreSQL advisory lock so that silos starting together apply each
/// migration once; each file runs in its own transaction and is recorded with its checksum.
/// </summary>
public sealed partial class DatabaseMigrator(NpgsqlDataSource dataSource, ILogger<DatabaseMigrator> logger)
{
    // Arbitrary but fixed: the advisory lock every OrderActors process takes to migrate.
    private const long AdvisoryLockKey = 0x4F72_6465_7241_6374;
    private const string ResourcePrefix = "OrderActors.Migrations.";

    public static IReadOnlyList<(string Name, string Sql)> Scripts { get; } = LoadScripts();

    /// <summary>Applies every migration not yet applied; returns the names it applied.</summary>
    public async Task<IReadOnlyList<string>> Migrate(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await Execute(connection, $"select pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await Execute(connection,
                """
                create table if not exists orderactors_migrations (
                    name text primary key,
                    checksum text not null,
                    applied_at timestamptz not null default now())
                """, cancellationToken);
            var applied = await AppliedChecksums(connection, cancellationToken);
            var done = new List<string>();
            foreach (var (name, sql) in Scripts)
            {
                var checksum = Checksum(sql);
                if (applied.TryGetValue(name, out var stored))
                {
                    if (stored != checksum)
                    {
                        throw new InvalidOperationException($"Migration {name} was changed after it was applied; add a new migration instead.");
                    }

                    continue;
                }

                await using var tx = await connection.BeginTransactionAsync(cancellationToken);
                await Execute(connection, sql, cancellationToken);
                await using (var record = new NpgsqlCommand("insert into orderactors_migrations (name, checksum) values ($1, $2)", connection))
                {
                    record.Parameters.Add(new NpgsqlParameter { Value = name });
                    record.Parameters.Add(new NpgsqlParameter { Value = checksum });
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }

                await tx.CommitAsync(cancellationToken);
                LogApplied(name);
                done.Add(name);
            }

            return done;
        }
        finally
        {
            await Execute(connection, $"select pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private static async Task<Dictionary<string, string>> AppliedChecksums(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var cmd = new NpgsqlCommand("select name, checksum from orderactors_migrations", connection);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetString(0)] = reader.GetString(1);
        }

        return result;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Checksum(string sql) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));

    private static List<(string Name, string Sql)> LoadScripts()
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[ResourcePrefix.Length..], Read(assembly, n)))
            .ToList();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied database migration {Name}")]
    private partial void LogApplied(string name);
}
