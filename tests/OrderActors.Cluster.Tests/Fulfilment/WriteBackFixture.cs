using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OrderActors.Grains;
using OrderActors.Grains.Alerts;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Fulfilment;
using OrderActors.Grains.Storage;
using OrderActors.Silo.Hosting;
using OrderActors.Simulators;
using OrderActors.Simulators.Top;
using OrderActors.Testing;
using Orleans.TestingHost;

namespace OrderActors.Cluster.Tests.Fulfilment;

/// <summary>
/// Two silos on a fresh PostgreSQL database and a TOP simulator, for shipment write-back: retries back off
/// in milliseconds here, and a recording notifier receives every alert. Its own cluster, because a test
/// kills a silo.
/// </summary>
public sealed class WriteBackFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public SimulatorHost Simulators { get; private set; } = null!;

    public TopSimulatorState Top => Simulators.Services.GetRequiredService<TopSimulatorState>();

    public string ConnectionString => _database!.ConnectionString;

    /// <summary>Every alert any silo delivered.</summary>
    public RecordingNotifier Alerts { get; } = new();

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
        var alerts = Alerts;
        var tokenKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddOrderActorsGrainServices(connectionString);
            silo.Services.Configure<TaobaoOptions>(o =>
            {
                (o.GatewayUrl, o.TokenUrl) = (new Uri(sims, TopPlatform.GatewayPath), new Uri(sims, TopPlatform.TokenPath));
                (o.AppKey, o.AppSecret) = (top.Options.AppKey, top.Options.AppSecret);
            });
            silo.Services.Configure<TokenProtectionOptions>(o => o.TokenKeys["test"] = tokenKey);
            silo.Services.Configure<ConnectorOptions>(o => (o.RetryDelay, o.ThrottleDelay) = (TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(50)));
            silo.Services.Configure<ChannelShipmentOptions>(o => o.RetryDelays = [TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(600)]);
            silo.Services.AddSingleton<IAlertNotifier>(alerts);
            silo.AddOrderActorsRuntime(connectionString);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
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

    /// <summary>Takes every alert and keeps it for the tests to look at.</summary>
    public sealed class RecordingNotifier : IAlertNotifier
    {
        private readonly ConcurrentQueue<Alert> _received = new();

        public string Name => "test-recorder";

        public IReadOnlyList<Alert> Received => [.. _received];

        public Task SendAsync(Alert alert, CancellationToken cancellationToken)
        {
            _received.Enqueue(alert);
            return Task.CompletedTask;
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WriteBackCollection : ICollectionFixture<WriteBackFixture>
{
    public const string Name = "write-back";
}
