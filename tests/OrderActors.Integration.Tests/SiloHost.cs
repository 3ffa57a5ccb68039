extern alias silo;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrderActors.Testing;
using silo::OrderActors.Silo.Hosting;

namespace OrderActors.Integration.Tests;

/// <summary>A silo started exactly as the silo process starts, on free ports, in this test process.</summary>
public sealed class SiloHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiloHost(WebApplication app, string baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public string BaseAddress { get; }

    /// <summary>The silo's services (its grain storage, say), for tests that look behind the API.</summary>
    public IServiceProvider Services => _app.Services;

    /// <param name="services">Registered before the silo's own services (e.g. a business clock for a test).</param>
    public static async Task<SiloHost> Start(string connectionString, string clusterId, Action<IServiceCollection>? services = null)
    {
        var httpPort = FreePort.Next();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ContentRootPath = Directory.CreateTempSubdirectory("oa-silo-").FullName,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:OrderActors"] = connectionString,
            ["OrderActors:Silo:ClusterId"] = clusterId,
            ["OrderActors:Silo:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["OrderActors:Silo:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
            ["OrderActors:Secrets:TokenKeys:test"] = TestTokenKey,
            [$"OrderActors:Wms:Warehouses:{WmsEvents.Shanghai}:Secret"] = WmsEvents.ShanghaiSecret,
            [$"OrderActors:Wms:Warehouses:{WmsEvents.Guangzhou}:Secret"] = WmsEvents.GuangzhouSecret,
        });
        builder.Configuration.AddInMemoryCollection(CarrierPushes.SiloSettings);
        builder.WebHost.UseUrls($"http://127.0.0.1:{httpPort}");
        services?.Invoke(builder.Services);
        builder.AddOrderActorsSilo();
        var app = builder.Build();
        app.MapOrderActorsSiloEndpoints();
        await app.StartAsync();
        return new SiloHost(app, $"http://127.0.0.1:{httpPort}");
    }

    /// <summary>One key per test run, shared by every silo of it, so any silo reads the tokens another wrote.</summary>
    private static readonly string TestTokenKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
