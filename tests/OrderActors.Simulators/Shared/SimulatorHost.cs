using System.Globalization;

namespace OrderActors.Simulators;

/// <summary>Marketplace simulators in one web app, started in-process by tests or standalone for the demo; disposing it stops it.</summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SimulatorHost(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The simulator app with <paramref name="platforms"/>, not started.</summary>
    public static WebApplication Build(string[] args, TimeProvider? time, params ISimulatedPlatform[] platforms)
    {
        ArgumentNullException.ThrowIfNull(platforms);
        var builder = WebApplication.CreateBuilder(args);
        foreach (var platform in platforms)
        {
            platform.AddServices(builder.Services, time ?? TimeProvider.System);
        }

        var app = builder.Build();
        foreach (var platform in platforms)
        {
            platform.Map(app);
        }

        return app;
    }

    /// <summary>Starts the simulators on 127.0.0.1:<paramref name="port"/>.</summary>
    public static async Task<SimulatorHost> StartAsync(int port, TimeProvider? time, params ISimulatedPlatform[] platforms)
    {
        var url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/");
        var app = Build([$"--urls={url}", "--Logging:LogLevel:Default=Warning"], time, platforms);
        await app.StartAsync().ConfigureAwait(false);
        return new SimulatorHost(app, new Uri(url));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
