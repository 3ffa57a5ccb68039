using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using OrderActors.Domain.Analytics;
using OrderActors.Grains.Analytics;
using OrderActors.Grains.Storage;
using OrderActors.Grains.Tracking;
using OrderActors.Testing;
using DomainStatus = OrderActors.Domain.Orders.OrderStatus;

namespace OrderActors.Integration.Tests.Tracking;

/// <summary>
/// The tracking check's due time rides on the search projection's statement, and the sweep takes what is due:
/// against a database of its own, so nothing else is due in it.
/// </summary>
public sealed class TrackingCheckDueTests
{
    private static readonly TimeSpan ConfirmAfter = TimeSpan.FromMinutes(1);
    private static readonly DateTimeOffset T0 = new(2026, 11, 11, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_order_in_flight_is_due_after_its_newest_event_and_a_settled_one_never()
    {
        await using var database = await Migrated();
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var store = Store(dataSource);

        await Append(store, "web:s:flight", 1, DomainStatus.Paid, T0);
        await Append(store, "web:s:flight", 2, DomainStatus.Allocated, T0.AddSeconds(5));
        await Append(store, "web:s:done", 1, DomainStatus.Paid, T0);
        await Append(store, "web:s:done", 2, DomainStatus.Cancelled, T0.AddSeconds(5));

        Assert.Equal(T0.AddSeconds(5) + ConfirmAfter, await DueAt(database, "web:s:flight"));
        Assert.Null(await DueAt(database, "web:s:done"));

        // A replayed older event does not move the due time back (the row keeps its newest version).
        await Append(store, "web:s:flight", 1, DomainStatus.Paid, T0);
        Assert.Equal(T0.AddSeconds(5) + ConfirmAfter, await DueAt(database, "web:s:flight"));
    }

    [Fact]
    public async Task Taking_due_checks_takes_each_due_order_once_and_moves_its_next_check_on()
    {
        await using var database = await Migrated();
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var store = Store(dataSource);
        for (var i = 0; i < 5; i++)
        {
            await Append(store, $"web:s:o{i}", 1, DomainStatus.Paid, T0.AddMinutes(i));
        }

        // Due at T0+1min .. T0+5min (each a minute after its event): at T0+3min the first three are due.
        var now = T0.AddMinutes(3);
        var next = now.AddMinutes(10);
        var first = await store.TakeDueChecks(now, next, limit: 2);
        var second = await store.TakeDueChecks(now, next, limit: 2);
        var third = await store.TakeDueChecks(now, next, limit: 2);

        Assert.Equal(["web:s:o0", "web:s:o1"], first);
        Assert.Equal(["web:s:o2"], second);
        Assert.Empty(third);
        Assert.Equal(next, await DueAt(database, "web:s:o0"));
        Assert.Equal(T0.AddMinutes(3) + ConfirmAfter, await DueAt(database, "web:s:o3"));
        Assert.Equal(["web:s:o0", "web:s:o1", "web:s:o2", "web:s:o3", "web:s:o4"], (await store.TakeDueChecks(next, next.AddMinutes(10), 10)).Order());
    }

    [Fact]
    public async Task Two_sweeps_at_once_never_take_the_same_order()
    {
        await using var database = await Migrated();
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var store = Store(dataSource);
        for (var i = 0; i < 200; i++)
        {
            await Append(store, $"web:s:p{i}", 1, DomainStatus.Paid, T0);
        }

        var now = T0.AddHours(1);
        var takes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.TakeDueChecks(now, now.AddMinutes(10), 40)));

        var all = takes.SelectMany(t => t).ToList();
        Assert.Equal(200, all.Count);
        Assert.Equal(200, all.Distinct().Count());
    }

    private static StatusEventStore Store(NpgsqlDataSource dataSource) =>
        new(dataSource, Options.Create(new TrackingOptions { ConfirmAfter = ConfirmAfter }));

    private static Task Append(StatusEventStore store, string orderId, int version, DomainStatus status, DateTimeOffset at) =>
        store.Append(new StatusEventRecord(orderId, version, status, at, "web", "WH-SH", null, []), new OrderSearchFacts(null, null, T0, T0));

    private static async Task<TestDatabase> Migrated()
    {
        var database = await TestDatabase.Create();
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).Migrate(CancellationToken.None);
        return database;
    }

    private static async Task<DateTimeOffset?> DueAt(TestDatabase database, string orderId)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("select check_due_at from order_search where order_id = $1", connection);
        cmd.Parameters.Add(new NpgsqlParameter { Value = orderId });
        var value = await cmd.ExecuteScalarAsync();
        return value is DateTime utc ? new DateTimeOffset(utc, TimeSpan.Zero) : null;
    }
}
