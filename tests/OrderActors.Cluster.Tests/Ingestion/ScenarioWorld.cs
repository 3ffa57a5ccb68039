using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.TestingHost;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.Grains;
using OrderActors.Grains.Alerts;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Storage;
using OrderActors.Silo.Hosting;
using OrderActors.Simulators;
using OrderActors.Simulators.Douyin;
using OrderActors.Simulators.Jd;
using OrderActors.Simulators.Pdd;
using OrderActors.Simulators.Top;
using OrderActors.Testing;

namespace OrderActors.Cluster.Tests.Ingestion;

/// <summary>
/// Its own 2-silo cluster (one silo is killed in the scenario) on a fresh database, the four
/// marketplace simulators on one host, an SMTP server for the alerts, all on one scenario clock.
/// </summary>
internal sealed class ScenarioWorld : IAsyncDisposable
{
    public const string OperationsAddress = "ops@seller.example";

    private readonly TestDatabase _database;

    private ScenarioWorld(TestDatabase database, ScenarioClock clock, SimulatorHost simulators, TestSmtpServer smtp, InProcessTestCluster cluster)
    {
        _database = database;
        Clock = clock;
        Simulators = simulators;
        Smtp = smtp;
        Cluster = cluster;
    }

    public ScenarioClock Clock { get; }

    public SimulatorHost Simulators { get; }

    public TestSmtpServer Smtp { get; }

    public InProcessTestCluster Cluster { get; }

    public IClusterClient Client => Cluster.Client;

    public string ConnectionString => _database.ConnectionString;

    public static async Task<ScenarioWorld> StartAsync(DateTimeOffset start)
    {
        var database = await TestDatabase.Create();
        await using (var dataSource = NpgsqlDataSource.Create(database.ConnectionString))
        {
            await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).Migrate(CancellationToken.None);
        }

        var clock = new ScenarioClock(start);
        var simulators = await SimulatorHost.StartAsync(FreePort.Next(), clock, new TopPlatform(), new JdPlatform(), new PddPlatform(), new DouyinPlatform());
        var smtp = await TestSmtpServer.StartAsync();
        var sims = simulators.BaseUrl;
        var connectionString = database.ConnectionString;
        var tokenKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            // Before the grain services, whose registration of the business clock only fills a gap.
            silo.Services.AddKeyedSingleton<TimeProvider>(OrderActorsTime.Key, clock);
            silo.Services.AddOrderActorsGrainServices(connectionString);
            silo.Services.Configure<TokenProtectionOptions>(o => o.TokenKeys["scenario"] = tokenKey);
            silo.Services.Configure<ConnectorOptions>(o => (o.RetryDelay, o.ThrottleDelay) = (TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20)));
            silo.Services.Configure<TaobaoOptions>(o => App(o, new Uri(sims, TopPlatform.GatewayPath), new Uri(sims, TopPlatform.TokenPath)));
            silo.Services.Configure<JdOptions>(o => App(o, new Uri(sims, JdPlatform.GatewayPath), new Uri(sims, JdPlatform.TokenPath)));
            silo.Services.Configure<PinduoduoOptions>(o => App(o, new Uri(sims, PddPlatform.GatewayPath), null));
            silo.Services.Configure<OrderActors.Grains.Channels.Douyin.DouyinOptions>(o => App(o, sims, null));
            silo.Services.Configure<AlertOptions>(o =>
            {
                (o.Smtp.Host, o.Smtp.Port, o.Smtp.Security, o.Smtp.From) = (smtp.Host, smtp.Port, SmtpSecurity.None, "orderactors@seller.example");
                o.Smtp.To.Add(OperationsAddress);
                o.RetryDelay = TimeSpan.FromMilliseconds(50);
            });
            silo.AddOrderActorsRuntime(connectionString);
        });

        var cluster = builder.Build();
        await cluster.DeployAsync();
        var world = new ScenarioWorld(database, clock, simulators, smtp, cluster);
        await world.DefineWarehousesAndStock();
        return world;
    }

    public T State<T>()
        where T : notnull => Simulators.Services.GetRequiredService<T>();

    /// <summary>Connects the shop with a fresh session on its platform; pulls are driven by the scenario, not by reminders.</summary>
    public async Task Connect(Market market, string channel, string shop, DateTimeOffset firstPullFrom)
    {
        var session = market.State.CreateSession(new SimSessionRequest(shop));
        var problem = await Client.GetGrain<IChannelConnectorGrain>($"{channel}:{shop}").Configure(new ShopConnection(
            session.AccessToken, session.ExpiresAt, session.RefreshToken, TimeSpan.FromMinutes(5), firstPullFrom, Enabled: false));
        Assert.Null(problem);
    }

    public static readonly string[] Skus = [.. Enumerable.Range(1, 12).Select(i => $"SC-TEA-{i:D2}")];

    public static readonly (string Code, string Province, string City)[] Warehouses =
        [("WH-HZ", "330000", "杭州"), ("WH-GZ", "440000", "广州"), ("WH-CD", "510000", "成都")];

    private async Task DefineWarehousesAndStock()
    {
        var directory = Client.GetGrain<IWarehouseDirectoryGrain>(OrleansNames.WarehouseDirectoryKey);
        foreach (var (code, province, city) in Warehouses)
        {
            Assert.Null((await directory.Upsert(new WarehouseDefinition(code, $"Warehouse {code}", province, city, true))).Error);
        }

        foreach (var sku in Skus)
        {
            await Client.GetGrain<ISkuGrain>(sku).Define($"Tea {sku}");
            foreach (var (code, _, _) in Warehouses)
            {
                Assert.True((await Client.GetGrain<IStockCellGrain>($"{sku}@{code}").SetStock(1_000_000, 0)).Succeeded);
            }
        }
    }

    private static void App(PlatformAppOptions o, Uri gateway, Uri? token)
    {
        (o.GatewayUrl, o.TokenUrl, o.AppKey, o.AppSecret) = (gateway, token, "sim-app", "sim-secret");
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Smtp.DisposeAsync();
        await Simulators.DisposeAsync();
        await _database.DisposeAsync();
    }
}
