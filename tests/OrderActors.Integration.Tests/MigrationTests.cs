extern alias silo;

using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OrderActors.Grains.Storage;
using OrderActors.Testing;

namespace OrderActors.Integration.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Silos_starting_together_apply_each_migration_once_and_a_later_start_applies_nothing()
    {
        await using var database = await TestDatabase.Create();
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).Migrate(CancellationToken.None)));
        var later = await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).Migrate(CancellationToken.None);

        Assert.Equal(DatabaseMigrator.Scripts.Count, concurrent.Sum(applied => applied.Count));
        Assert.Empty(later);
        Assert.Equal((long)DatabaseMigrator.Scripts.Count, await database.Scalar<long>("select count(*) from orderactors_migrations"));
    }

    [Fact]
    public async Task The_schema_holds_every_query_the_Orleans_ADO_NET_providers_ask_for()
    {
        await using var database = await TestDatabase.Create();
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).Migrate(CancellationToken.None);

        string[] keys =
        [
            "UpdateIAmAlivetimeKey", "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "GatewaysQueryKey",
            "MembershipReadRowKey", "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "CleanupDefunctSiloEntriesKey",
            "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey",
            "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
            "DeleteReminderRowKey", "DeleteReminderRowsKey",
        ];
        foreach (var key in keys)
        {
            Assert.Equal(1L, await database.Scalar<long>($"select count(*) from orleansquery where querykey = '{key}'"));
        }
    }
}
