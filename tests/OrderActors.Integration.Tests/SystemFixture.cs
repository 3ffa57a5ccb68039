using System.Net.Http.Json;
using OrderActors.Testing;

namespace OrderActors.Integration.Tests;

/// <summary>PostgreSQL database, one silo and the client API: the whole system, in process.</summary>
public sealed class SystemFixture : IAsyncLifetime
{
    private ApiFactory? _api;

    public TestDatabase Database { get; private set; } = null!;

    public SiloHost Silo { get; private set; } = null!;

    public string ClusterId { get; } = $"test-{Guid.NewGuid():N}";

    public HttpClient Http { get; private set; } = null!;

    /// <summary>The API host, for clients with other credentials (or none) than <see cref="Http"/>'s all-scopes key.</summary>
    public ApiFactory Api => _api!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.Create();
        await StartSilo();
        StartApi();
        await Seed(Http);
    }

    public async Task StartSilo() => Silo = await SiloHost.Start(Database.ConnectionString, ClusterId);

    public void StartApi()
    {
        _api = new ApiFactory(Database.ConnectionString, ClusterId);
        Http = _api.CreateClient();
    }

    /// <summary>Stops the API and the silo; nothing stays in memory.</summary>
    public async Task StopAll()
    {
        Http.Dispose();
        await _api!.DisposeAsync();
        await Silo.DisposeAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAll();
        await Database.DisposeAsync();
    }

    /// <summary>Two warehouses (Shanghai, Guangzhou) and two SKUs with stock, through the public API.</summary>
    public static async Task Seed(HttpClient http)
    {
        (await http.PutAsJsonAsync("/api/warehouses/WH-SH", new { name = "Shanghai DC", province = "上海", city = "上海" })).EnsureSuccessStatusCode();
        (await http.PutAsJsonAsync("/api/warehouses/WH-GZ", new { name = "Guangzhou DC", province = "Guangdong", city = "广州" })).EnsureSuccessStatusCode();
        foreach (var sku in new[] { "TEA-1", "MUG-1" })
        {
            (await http.PutAsJsonAsync($"/api/skus/{sku}", new { name = $"Product {sku}" })).EnsureSuccessStatusCode();
            (await http.PutAsJsonAsync($"/api/inventory/{sku}/WH-SH", new { onHand = 20, safetyStock = 2 })).EnsureSuccessStatusCode();
            (await http.PutAsJsonAsync($"/api/inventory/{sku}/WH-GZ", new { onHand = 5 })).EnsureSuccessStatusCode();
        }
    }

    /// <summary>
    /// Rows and row versions of the authoritative state (order state, grain state, the stock journal): equal before
    /// and after means nothing was written. The tracking grain keeps no grain state, so nothing is left out.
    /// </summary>
    public async Task<(long GrainRows, long GrainVersions, long JournalRows)> Footprint() =>
        (await Database.Scalar<long>("select (select count(*) from orleans_grain_state) + (select count(*) from order_state)"),
         await Database.Scalar<long>("select (select coalesce(sum(version), 0) from orleans_grain_state) + (select coalesce(sum(version), 0) from order_state)"),
         await Database.Scalar<long>("select count(*) from stock_cell_journal"));
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "system";
}
