using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.Grains;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Inventory;
using OrderActors.Grains.Orders;
using OrderActors.Grains.Storage;
using OrderActors.Silo.Hosting;
using OrderActors.Testing;
using OrderActors.Simulators;
using OrderActors.Simulators.Top;
using Orleans.Streams;
using Orleans.TestingHost;

namespace OrderActors.Cluster.Tests;

/// <summary>
/// Two silos in process (Orleans' in-memory membership), with the production runtime
/// configuration: grain storage and the stock journal on a fresh PostgreSQL database, memory streams.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const int Silos = 2;

    public static readonly TimeSpan PaymentTimeout = TimeSpan.FromSeconds(4);

    private TestDatabase? _database;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public TestDatabase Database => _database!;

    /// <summary>A Taobao open-platform simulator the connectors pull from.</summary>
    public SimulatorHost Simulators { get; private set; } = null!;

    public TopSimulatorState Top => Simulators.Services.GetRequiredService<TopSimulatorState>();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.Create();
        await using (var dataSource = NpgsqlDataSource.Create(_database.ConnectionString))
        {
            await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).Migrate(CancellationToken.None);
        }

        var connectionString = _database.ConnectionString;
        Simulators = await SimulatorHost.StartAsync(FreePort.Next(), TimeProvider.System, new TopPlatform());
        var sims = Simulators.BaseUrl;
        var top = Top;
        var tokenKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var builder = new InProcessTestClusterBuilder(Silos);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddOrderActorsGrainServices(connectionString);

            // Short enough for a test to watch an unpaid order time out, long enough for the others to pay.
            silo.Services.Configure<OrderOptions>(o => o.PaymentTimeout = PaymentTimeout);

            // The tests in this collection run one after another: nothing is mid-submit when the reconciler runs.
            silo.Services.Configure<ReconcilerOptions>(o => o.Grace = TimeSpan.Zero);

            // The Taobao connector talks TOP to the simulator over HTTP.
            silo.Services.Configure<TaobaoOptions>(o =>
            {
                (o.GatewayUrl, o.TokenUrl) = (new Uri(sims, TopPlatform.GatewayPath), new Uri(sims, TopPlatform.TokenPath));
                (o.AppKey, o.AppSecret) = (top.Options.AppKey, top.Options.AppSecret);
            });

            // Shop tokens are encrypted at rest with a key every silo of the cluster shares.
            silo.Services.Configure<TokenProtectionOptions>(o => o.TokenKeys["test"] = tokenKey);

            // Retries back off briefly here; the production defaults are a second and more.
            silo.Services.Configure<ConnectorOptions>(o => (o.RetryDelay, o.ThrottleDelay) = (TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(50)));
            silo.AddOrderActorsRuntime(connectionString);
        });

        // The client publishes too, to play an at-least-once stream in the tracking tests.
        builder.ConfigureClient(client => client.AddMemoryStreams(OrleansNames.StreamProvider, streams => streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly)));
        Cluster = builder.Build();
        await Cluster.DeployAsync();

        // Warehouses are defined once, before any router caches the directory.
        var directory = Client.GetGrain<IWarehouseDirectoryGrain>(OrleansNames.WarehouseDirectoryKey);
        foreach (var (code, province, city) in Warehouses)
        {
            var result = await directory.Upsert(new WarehouseDefinition(code, $"Warehouse {code}", province, city, true));
            Assert.Null(result.Error);
        }
    }

    /// <summary>Beijing, Shanghai and Guangzhou warehouses: code, GB/T 2260 province, city.</summary>
    public static readonly (string Code, string Province, string City)[] Warehouses =
        [("WH-BJ", "110000", "北京"), ("WH-SH", "310000", "上海"), ("WH-GZ", "440000", "广州")];

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

    /// <summary>Defines the SKU and sets its stock in one of the <see cref="Warehouses"/>.</summary>
    public async Task Stock(string sku, string warehouse, int onHand, int safetyStock = 0)
    {
        await Client.GetGrain<ISkuGrain>(sku).Define($"Test {sku}");
        var set = await Client.GetGrain<GrainInterfaces.Inventory.IStockCellGrain>($"{sku}@{warehouse}").SetStock(onHand, safetyStock);
        Assert.True(set.Succeeded, set.Detail);
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
