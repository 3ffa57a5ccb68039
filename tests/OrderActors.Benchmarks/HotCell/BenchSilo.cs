using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrderActors.Grains;
using OrderActors.Silo.Hosting;

namespace OrderActors.Benchmarks.HotCell;

/// <summary>
/// One real silo in this process, configured as the silo host configures it (AddOrderActorsRuntime,
/// AddOrderActorsGrainServices) but with localhost clustering; and the grain factory the load uses.
/// </summary>
internal sealed class BenchSilo : IAsyncDisposable
{
    private readonly IHost _silo;
    private readonly IHost? _client;

    private BenchSilo(IHost silo, IHost? client)
    {
        _silo = silo;
        _client = client;
        Grains = (client ?? silo).Services.GetRequiredService<IGrainFactory>();
    }

    /// <summary>The in-silo grain factory, or the gateway client's.</summary>
    public IGrainFactory Grains { get; }

    public static async Task<BenchSilo> Start(string connectionString, ClientKind clientKind)
    {
        var (siloPort, gatewayPort) = (FreePort(), FreePort());
        const string ServiceId = "orderactors-bench";
        const string ClusterId = "bench";

        var builder = Host.CreateApplicationBuilder(Settings());
        Quiet(builder.Logging);
        builder.Services.AddOrderActorsGrainServices(connectionString);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: ServiceId, clusterId: ClusterId);
            silo.AddOrderActorsRuntime(connectionString);
        });
        var silo = builder.Build();
        await silo.StartAsync();

        IHost? client = null;
        if (clientKind == ClientKind.Gateway)
        {
            var clientBuilder = Host.CreateApplicationBuilder(Settings());
            Quiet(clientBuilder.Logging);
            clientBuilder.UseOrleansClient(c => c.UseLocalhostClustering(gatewayPort, ServiceId, ClusterId));
            client = clientBuilder.Build();
            await client.StartAsync();
        }

        return new BenchSilo(silo, client);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.StopAsync();
            _client.Dispose();
        }

        // A graceful stop deactivates the stock cells, which wait for their last batch to be durable.
        await _silo.StopAsync();
        _silo.Dispose();
    }

    // No appsettings.json (the silo's is copied next to this program) and no environment overrides:
    // the benchmark configures everything itself.
    private static HostApplicationBuilderSettings Settings() => new() { DisableDefaults = true, EnvironmentName = "Benchmark" };

    private static void Quiet(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(o => o.SingleLine = true);
        logging.SetMinimumLevel(LogLevel.Warning);

        // Its first check after start reports the time since boot as a stall; starvation shows in the CPU line instead.
        logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
