using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.TestingHost;
using OrderActors.Cluster.Tests.Ingestion;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.Grains;
using OrderActors.Grains.Carriers;
using OrderActors.Grains.Storage;
using OrderActors.Silo.Hosting;
using OrderActors.Simulators;
using OrderActors.Simulators.Carriers;
using OrderActors.Testing;

namespace OrderActors.Cluster.Tests.Carriers;

/// <summary>
/// One silo on a fresh database with the business on a scenario clock (so a test can let two quiet hours pass),
/// and the carrier simulator on the same clock, which the parcel grains poll over HTTP.
/// </summary>
public sealed class CarrierClusterFixture : IAsyncLifetime
{
    public const string Warehouse = "WH-HZ";

    private TestDatabase? _database;

    internal ScenarioClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public SimulatorHost Simulators { get; private set; } = null!;

    public CarrierSimulatorState Carriers => Simulators.Services.GetRequiredService<CarrierSimulatorState>();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.Create();
        await using (var dataSource = NpgsqlDataSource.Create(_database.ConnectionString))
        {
            await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).Migrate(CancellationToken.None);
        }

        Simulators = await SimulatorHost.StartAsync(FreePort.Next(), Clock, new CarrierPlatform(new CarrierSimulatorOptions()));
        var sims = Simulators.BaseUrl;
        var sim = Carriers.Options;
        var connectionString = _database.ConnectionString;
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddKeyedSingleton<TimeProvider>(OrderActorsTime.Key, Clock);
            silo.Services.AddOrderActorsGrainServices(connectionString);
            silo.Services.Configure<CarrierOptions>(o =>
            {
                o.Sf = new() { BaseUrl = new Uri(sims, "std/service"), AppKey = sim.SfPartnerId, Secret = sim.SfCheckWord };
                o.Zto = new() { BaseUrl = new Uri(sims, "zto/"), AppKey = sim.ZtoAppKey, Secret = sim.ZtoAppSecret };
                o.Yunda = new() { BaseUrl = new Uri(sims, "yunda/"), AppKey = sim.YundaAppKey, Secret = sim.YundaAppSecret };
            });
            silo.AddOrderActorsRuntime(connectionString);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        Assert.Null((await Client.GetGrain<IWarehouseDirectoryGrain>(OrleansNames.WarehouseDirectoryKey)
            .Upsert(new WarehouseDefinition(Warehouse, "Hangzhou DC", "330000", "杭州", true))).Error);
    }

    /// <summary>A new order, paid, allocated to <see cref="Warehouse"/>, scanned out and shipped with the carrier's waybill.</summary>
    public async Task<string> ShippedOrder(string carrier, string waybill)
    {
        var sku = $"PCL-{Guid.NewGuid():N}"[..20];
        await Client.GetGrain<ISkuGrain>(sku).Define($"Parcel test {sku}");
        Assert.True((await Client.GetGrain<IStockCellGrain>($"{sku}@{Warehouse}").SetStock(5, 0)).Succeeded);
        var id = Orders.NewId("parcel");
        var order = Client.GetGrain<IOrderGrain>(id);
        Assert.Equal(OrderStatus.Allocated, (await order.Submit(Orders.For(sku, 1, "330000"))).Order!.Status);
        Assert.False((await order.RecordOutboundScan($"scan-{id}", "packer")).Refused);
        var shipped = await order.BindWaybill(carrier, waybill);
        Assert.Equal(OrderStatus.Shipped, shipped.Order!.Status);
        return id;
    }

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (Simulators is not null)
        {
            await Simulators.DisposeAsync();
        }
    }
}

// Run on its own after the parallel collections: a second cluster beside the shared one slowed the timed concurrency test past its limit on 2 cores.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CarrierClusterCollection : ICollectionFixture<CarrierClusterFixture>
{
    public const string Name = "carrier-cluster";
}
