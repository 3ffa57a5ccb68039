using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Cluster.Tests;

/// <summary>
/// Random orders over random stock, submitted and cancelled concurrently, then audited cell by cell:
/// never oversold, never below zero, every allocated order fully reserved, cancelled orders hold nothing.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AllocationPropertyTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData(11)]
    [InlineData(23)]
    [InlineData(2026)]
    public async Task Concurrent_random_orders_never_oversell_and_every_reservation_belongs_to_a_live_order(int seed)
    {
        var random = new Random(seed);
        var skus = Enumerable.Range(0, 3).Select(i => $"PROP{seed}-{i}-{Guid.NewGuid():N}"[..20]).ToArray();
        var warehouses = ClusterFixture.Warehouses.Select(w => w.Code).ToArray();
        foreach (var sku in skus)
        {
            foreach (var warehouse in warehouses)
            {
                await fixture.Stock(sku, warehouse, random.Next(0, 15), safetyStock: random.Next(0, 3));
            }
        }

        string[] provinces = ["北京", "上海", "广东", "浙江", "四川"];
        var orders = Enumerable.Range(0, 150).Select(i =>
        {
            var lines = skus.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Select(s => new OrderLine(s, random.Next(1, 4), 100)).ToArray();
            return (Id: Orders.NewId($"p{seed}-{i}"), Order: new SubmitOrder([.. lines], Orders.Address(provinces[random.Next(provinces.Length)]), DateTimeOffset.UtcNow, ShortfallPolicy.Reject), Cancel: random.Next(4) == 0);
        }).ToList();

        await Task.WhenAll(orders.Select(async o =>
        {
            var grain = fixture.Client.GetGrain<IOrderGrain>(o.Id);
            var submitted = await grain.Submit(o.Order);
            Assert.NotEqual(SubmitOutcome.Invalid, submitted.Outcome);
            if (o.Cancel)
            {
                await grain.Cancel("changed mind", "buyer");
            }
        }));

        var views = (await Task.WhenAll(orders.Select(o => fixture.Client.GetGrain<IOrderGrain>(o.Id).Get()))).Select(v => v!).ToList();
        foreach (var sku in skus)
        {
            foreach (var warehouse in warehouses)
            {
                var cell = fixture.Client.GetGrain<IStockCellGrain>($"{sku}@{warehouse}");
                var view = await cell.Get();
                var open = (await cell.OpenReservations()).ToDictionary(r => r.OrderId, r => r.Quantity);
                Assert.True(view.OnHand >= 0 && view.Reserved <= view.OnHand, $"{sku}@{warehouse} oversold: {view}");
                Assert.Equal(open.Values.Sum(), view.Reserved);

                var expected = views
                    .Where(v => v.Status == OrderStatus.Allocated)
                    .SelectMany(v => v.Reservations.Where(r => r.Sku == sku && r.Warehouse == warehouse).Select(r => (v.Id, r.Quantity)))
                    .ToDictionary(x => x.Id, x => x.Quantity);
                Assert.Equal(expected.OrderBy(x => x.Key), open.OrderBy(x => x.Key));
            }
        }

        Assert.All(views.Where(v => v.Status == OrderStatus.Allocated), v =>
            Assert.Equal(
                v.Lines.GroupBy(l => l.Sku).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity)).OrderBy(x => x.Key),
                v.Reservations.GroupBy(r => r.Sku).ToDictionary(g => g.Key, g => g.Sum(r => r.Quantity)).OrderBy(x => x.Key)));
        Assert.All(views.Where(v => v.Status == OrderStatus.Cancelled), v => Assert.Empty(v.Reservations));
        Assert.Contains(views, v => v.Status == OrderStatus.Allocated);
        Assert.Contains(views, v => v.Status == OrderStatus.Cancelled);
    }
}
