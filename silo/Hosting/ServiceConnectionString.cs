using Npgsql;

namespace OrderActors.Silo.Hosting;

/// <summary>
/// The connection string every PostgreSQL user in the silo gets (grain storage, reminders, clustering, our tables).
/// </summary>
public static class ServiceConnectionString
{
    /// <summary>
    /// Turns off Npgsql's reset of a pooled connection (DISCARD ALL) on its return: measured on the 40/s load probe,
    /// the resets were half of all PostgreSQL transactions (12.5 per order of ≈ 25). Safe because no code here
    /// leaves session state behind: no SET, temporary tables or LISTEN, and the migrator's advisory lock is released
    /// in a finally on the same connection.
    /// </summary>
    public static string Tune(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;
}
