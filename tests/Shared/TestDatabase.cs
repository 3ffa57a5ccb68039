using Npgsql;

namespace OrderActors.Testing;

/// <summary>
/// A fresh PostgreSQL database per fixture, on the server named by ORDERACTORS_TEST_PG (an admin
/// connection string; deploy/test.sh and .ci/run start a private server and set it). Dropped at the end.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Variable = "ORDERACTORS_TEST_PG";

    private readonly string _admin;

    private TestDatabase(string admin, string name, string connectionString)
    {
        _admin = admin;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> Create()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                $"These tests need PostgreSQL: run deploy/test.sh, or set {Variable} to an admin connection string (e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres).");
        }

        var name = $"oa_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var cmd = new NpgsqlCommand($"create database {name}", connection);
            await cmd.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true, MaxPoolSize = 60 };
        return new TestDatabase(admin, name, builder.ConnectionString);
    }

    public async Task<T> Scalar<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType((await cmd.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand($"drop database if exists {Name} with (force)", connection);
        await cmd.ExecuteNonQueryAsync();
    }
}
