using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ConcurrencyTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_thousand_concurrent_orders_for_a_hundred_units_accept_exactly_a_hundred_and_retries_change_nothing()
    {
        var sku = $"HOT-{Guid.NewGuid():N}"[..20];
        await fixture.Stock(sku, "WH-SH", 100);
        var ids = Enumerable.Range(0, 1000).Select(i => Orders.NewId($"hot{i}")).ToArray();
        var order = Orders.For(sku, 1, province: "310000");

        var results = await Task.WhenAll(ids.Select(id => fixture.Client.GetGrain<IOrderGrain>(id).Submit(order)));

        Assert.Equal(100, results.Count(r => r.Outcome == SubmitOutcome.Accepted));
        var refused = results.Where(r => r.Outcome == SubmitOutcome.Refused).ToList();
        Assert.Equal(900, refused.Count);
        Assert.All(refused, r =>
        {
            Assert.Equal("OutOfStock", r.Reason);
            Assert.StartsWith("Out of stock.", r.Detail);
            Assert.Contains("0 available", r.Detail);
            Assert.Equal(OrderStatus.Cancelled, r.Order!.Status);
        });
        Assert.All(results.Where(r => r.Outcome == SubmitOutcome.Accepted), r => Assert.Equal(OrderStatus.Allocated, r.Order!.Status));

        var cell = fixture.Client.GetGrain<IStockCellGrain>($"{sku}@WH-SH");
        var view = await cell.Get();
        Assert.Equal((100, 100, 0), (view.OnHand, view.Reserved, view.Available));
        Assert.Equal(100, view.OpenReservations);

        // Durable: the journal in PostgreSQL holds the stock setting and exactly one reservation per accepted order.
        Assert.Equal(100L, await fixture.Database.Scalar<long>($"select count(*) from stock_cell_journal where cell = '{sku}@WH-SH' and op = 2"));

        // Every request repeated, concurrently: same answers, nothing changes.
        var retries = await Task.WhenAll(ids.Select(id => fixture.Client.GetGrain<IOrderGrain>(id).Submit(order)));
        Assert.All(retries, r => Assert.True(r.Replayed));
        Assert.Equal(results.Select(r => (r.Outcome, r.Order!.Status, r.Order.Version)), retries.Select(r => (r.Outcome, r.Order!.Status, r.Order.Version)));
        view = await cell.Get();
        Assert.Equal((100, 100, 0), (view.OnHand, view.Reserved, view.Available));
        Assert.Equal(100L, await fixture.Database.Scalar<long>($"select count(*) from stock_cell_journal where cell = '{sku}@WH-SH' and op = 2"));
    }

    [Fact]
    public async Task Concurrent_reserve_and_release_by_the_same_order_ids_leave_the_cell_consistent()
    {
        var sku = $"RR-{Guid.NewGuid():N}"[..20];
        await fixture.Stock(sku, "WH-BJ", 50);
        var cell = fixture.Client.GetGrain<IStockCellGrain>($"{sku}@WH-BJ");

        var calls = Enumerable.Range(0, 600).Select(i =>
            i % 3 == 2 ? cell.Release($"o{i % 40}") : cell.Reserve($"o{i % 40}", 2));
        await Task.WhenAll(calls);

        var view = await cell.Get();
        Assert.True(view.Reserved <= view.OnHand);
        Assert.Equal(view.OpenReservations * 2, view.Reserved);
        var journalled = await fixture.Database.Scalar<long>(
            $"select coalesce(sum(case op when 2 then quantity else 0 end), 0) - 2 * count(*) filter (where op = 3) from stock_cell_journal where cell = '{sku}@WH-BJ'");
        Assert.Equal(view.Reserved, journalled);
    }
}
