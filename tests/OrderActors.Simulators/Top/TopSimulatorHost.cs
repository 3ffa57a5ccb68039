using System.Globalization;

namespace OrderActors.Simulators.Top;

/// <summary>A running TOP simulator, started in-process by tests; disposing it stops it.</summary>
public sealed class TopSimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TopSimulatorHost(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public Uri GatewayUrl => new(BaseUrl, "router/rest");

    public Uri TokenUrl => new(BaseUrl, "oauth/token");

    public TopSimulatorState State => _app.Services.GetRequiredService<TopSimulatorState>();

    /// <summary>The simulator app, not started. Options come from <paramref name="options"/> or the <c>TopSimulator</c> configuration section.</summary>
    public static WebApplication Build(string[] args, TopSimulatorOptions? options = null, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        options ??= builder.Configuration.GetSection("TopSimulator").Get<TopSimulatorOptions>() ?? new TopSimulatorOptions();
        builder.Services.AddTopSimulator(options, time ?? TimeProvider.System);
        var app = builder.Build();
        app.MapTopSimulator();
        return app;
    }

    /// <summary>Starts a simulator on 127.0.0.1:<paramref name="port"/>.</summary>
    public static async Task<TopSimulatorHost> StartAsync(int port, TopSimulatorOptions? options = null, TimeProvider? time = null)
    {
        var url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/");
        var app = Build([$"--urls={url}", "--Logging:LogLevel:Default=Warning"], options ?? new TopSimulatorOptions(), time);
        await app.StartAsync().ConfigureAwait(false);
        return new TopSimulatorHost(app, new Uri(url));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
