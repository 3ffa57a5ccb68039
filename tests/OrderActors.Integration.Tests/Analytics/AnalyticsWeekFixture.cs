using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OrderActors.Grains;
using OrderActors.Testing;

namespace OrderActors.Integration.Tests.Analytics;

/// <summary>A database, a silo whose business clock the test moves, and the client API: a week of orders runs in seconds.</summary>
public sealed class AnalyticsWeekFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 9, 0, 0, 0, TimeSpan.FromHours(8));

    private ApiFactory? _api;

    public FakeTimeProvider Clock { get; } = new(Monday);

    public TestDatabase Database { get; private set; } = null!;

    public SiloHost Silo { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.Create();
        var clusterId = $"analytics-{Guid.NewGuid():N}";
        Silo = await SiloHost.Start(Database.ConnectionString, clusterId, s => s.AddKeyedSingleton<TimeProvider>(OrderActorsTime.Key, Clock));
        _api = new ApiFactory(Database.ConnectionString, clusterId);
        Http = _api.CreateClient();
        await SystemFixture.Seed(Http);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _api!.DisposeAsync();
        await Silo.DisposeAsync();
        await Database.DisposeAsync();
    }
}
