using Npgsql;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.Testing;

namespace OrderActors.Cluster.Tests;

/// <summary>
/// The router is a stateless worker, which Orleans limits to one activation per core per silo. A route waits for
/// the stock cells' commits and for its decision to be logged; if the router took one route at a time per
/// activation, a silo could only have that many orders in flight, whatever the load.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RouterConcurrencyTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Routes_waiting_for_their_decision_log_do_not_hold_up_other_orders_reserving()
    {
        // More routes than a silo has router activations (one per core), so a one-at-a-time router cannot pass.
        var orders = (Environment.ProcessorCount * ClusterFixture.Silos) + 4;
        var skus = Enumerable.Range(0, orders).Select(i => $"RC{i}-{Guid.NewGuid():N}"[..20]).ToArray();
        foreach (var sku in skus)
        {
            await fixture.Stock(sku, "WH-SH", 5);
        }

        await using var blocker = new NpgsqlConnection(fixture.Database.ConnectionString);
        await blocker.OpenAsync();
        await using var tx = await blocker.BeginTransactionAsync();

        // Reads go on; every decision insert waits for this transaction, so each route stops after reserving.
        await using (var lockDecisions = new NpgsqlCommand("lock table routing_decisions in exclusive mode", blocker, tx))
        {
            await lockDecisions.ExecuteNonQueryAsync();
        }

        var submits = skus.Select(sku => fixture.Client.GetGrain<IOrderGrain>(Orders.NewId("rc")).Submit(Orders.For(sku, 1))).ToArray();
        try
        {
            var reserved = await Eventually.Until(() => ReservedCells(skus), n => n == orders, TimeSpan.FromSeconds(10));
            Assert.Equal(orders, reserved);
        }
        finally
        {
            await tx.RollbackAsync();
        }

        var results = await Task.WhenAll(submits);
        Assert.All(results, r => Assert.Equal(SubmitOutcome.Accepted, r.Outcome));
    }

    private async Task<int> ReservedCells(string[] skus)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "select count(distinct cell) from stock_cell_journal where op = 2 and cell = any($1)", connection);
        count.Parameters.Add(new NpgsqlParameter { Value = skus.Select(s => $"{s}@WH-SH").ToArray() });
        return Convert.ToInt32(await count.ExecuteScalarAsync());
    }
}
