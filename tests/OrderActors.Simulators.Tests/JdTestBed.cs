using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Jd;
using OrderActors.Grains.Channels.Jd;
using OrderActors.Simulators;
using OrderActors.Simulators.Jd;
using OrderActors.Testing;

namespace OrderActors.Simulators.Tests;

/// <summary>A JOS simulator on a free 127.0.0.1 port, a session for one shop, and clients that talk to it over real HTTP.</summary>
internal sealed class JdTestBed : IAsyncDisposable
{
    public const string Shop = "jd-flagship";

    private JdTestBed(SimulatorHost sim, HttpClient http, TimeProvider time, SimSession session)
    {
        Sim = sim;
        Http = http;
        Time = time;
        Session = session;
    }

    public SimulatorHost Sim { get; }

    public JdSimulatorState State => Sim.Services.GetRequiredService<JdSimulatorState>();

    public Uri GatewayUrl => new(Sim.BaseUrl, JdPlatform.GatewayPath);

    public Uri TokenUrl => new(Sim.BaseUrl, JdPlatform.TokenPath);

    public HttpClient Http { get; }

    public TimeProvider Time { get; }

    public SimSession Session { get; }

    public string Token => Session.AccessToken;

    public static async Task<JdTestBed> StartAsync(TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var sim = await SimulatorHost.StartAsync(FreePort.Next(), time, new JdPlatform());
        var http = new HttpClient { BaseAddress = sim.BaseUrl };
        var created = await http.PostAsJsonAsync("sim/jd/sessions", new SimSessionRequest(Shop));
        created.EnsureSuccessStatusCode();
        var session = await created.Content.ReadFromJsonAsync<SimSession>() ?? throw new InvalidOperationException("no session");
        return new JdTestBed(sim, http, time, session);
    }

    public JosClient Client(string? secret = null, TimeProvider? clientTime = null, string? appKey = null) =>
        new(Http, new JosOptions(GatewayUrl, TokenUrl, appKey ?? State.Options.AppKey, secret ?? State.Options.AppSecret), clientTime ?? Time);

    public JdAdapter Adapter() => new(Client());

    public async Task SeedAsync(IEnumerable<SimJdOrder> orders)
    {
        var response = await Http.PutAsJsonAsync($"sim/jd/shops/{Shop}/orders", orders.ToArray());
        response.EnsureSuccessStatusCode();
    }

    public async Task ChangeAsync(long orderId, SimJdOrderChange change)
    {
        var response = await Http.PostAsJsonAsync($"sim/jd/shops/{Shop}/orders/{orderId}/change", change);
        response.EnsureSuccessStatusCode();
    }

    public async Task FaultsAsync(SimFaults faults)
    {
        var response = await Http.PostAsJsonAsync("sim/jd/faults", faults);
        response.EnsureSuccessStatusCode();
    }

    public async Task<SimCallCounts> CallsAsync() =>
        await Http.GetFromJsonAsync<SimCallCounts>("sim/jd/calls") ?? throw new InvalidOperationException("no counts");

    /// <summary>
    /// A correctly signed gateway call with <paramref name="business"/> as 360buy_param_json, bypassing the
    /// client's own checks, to see what the gateway itself answers.
    /// </summary>
    public async Task<string> RawCallAsync(string method, string business, Action<Dictionary<string, string?>>? tamper = null)
    {
        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["method"] = method,
            ["app_key"] = State.Options.AppKey,
            ["access_token"] = Token,
            ["timestamp"] = PlatformTime.FormatChinaTime(Time.GetUtcNow()),
            ["v"] = "2.0",
            ["360buy_param_json"] = business,
        };
        parameters["sign"] = JosSigner.Sign(parameters, State.Options.AppSecret);
        tamper?.Invoke(parameters);
        using var content = new FormUrlEncodedContent(parameters.Select(p => KeyValuePair.Create(p.Key, p.Value ?? string.Empty)));
        using var response = await Http.PostAsync(GatewayUrl, content);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Sim.DisposeAsync();
    }
}
