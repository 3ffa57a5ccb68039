using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderActors.Domain.Channels.Douyin;
using OrderActors.Grains.Channels.Douyin;
using OrderActors.Simulators;
using OrderActors.Simulators.Douyin;
using OrderActors.Testing;

namespace OrderActors.Simulators.Tests;

/// <summary>A Douyin shop simulator on a free 127.0.0.1 port, a session for one shop, and clients that talk to it over real HTTP.</summary>
internal sealed class DouyinTestBed : IAsyncDisposable
{
    public const string Shop = "douyin-flagship";

    private DouyinTestBed(SimulatorHost sim, HttpClient http, TimeProvider time, SimSession session)
    {
        Sim = sim;
        Http = http;
        Time = time;
        Session = session;
    }

    public SimulatorHost Sim { get; }

    public DouyinSimulatorState State => Sim.Services.GetRequiredService<DouyinSimulatorState>();

    /// <summary>The gateway is the host itself: methods are paths under it.</summary>
    public Uri GatewayUrl => Sim.BaseUrl;

    public HttpClient Http { get; }

    public TimeProvider Time { get; }

    public SimSession Session { get; }

    public static async Task<DouyinTestBed> StartAsync(TimeProvider? time = null, DouyinSimulatorOptions? options = null)
    {
        time ??= TimeProvider.System;
        var sim = await SimulatorHost.StartAsync(FreePort.Next(), time, new DouyinPlatform(options));
        var http = new HttpClient { BaseAddress = sim.BaseUrl };
        var created = await http.PostAsJsonAsync("sim/douyin/sessions", new SimSessionRequest(Shop));
        created.EnsureSuccessStatusCode();
        var session = await created.Content.ReadFromJsonAsync<SimSession>() ?? throw new InvalidOperationException("no session");
        return new DouyinTestBed(sim, http, time, session);
    }

    public DouyinClient Client(string? secret = null, DoudianSignMethod signMethod = DoudianSignMethod.HmacSha256, TimeProvider? clientTime = null) =>
        new(Http, new DouyinClientOptions(GatewayUrl, State.Options.AppKey, secret ?? State.Options.AppSecret, signMethod), clientTime ?? Time);

    public DouyinAdapter Adapter(bool alwaysReadDetail = false) => new(Client(), alwaysReadDetail);

    public async Task SeedAsync(IEnumerable<SimDouyinOrder> orders)
    {
        var response = await Http.PutAsJsonAsync($"sim/douyin/shops/{Shop}/orders", orders.ToArray());
        response.EnsureSuccessStatusCode();
    }

    public async Task ChangeAsync(string orderId, SimDouyinOrderChange change)
    {
        var response = await Http.PostAsJsonAsync($"sim/douyin/shops/{Shop}/orders/{orderId}/change", change);
        response.EnsureSuccessStatusCode();
    }

    public async Task FaultsAsync(SimFaults faults)
    {
        var response = await Http.PostAsJsonAsync("sim/douyin/faults", faults);
        response.EnsureSuccessStatusCode();
    }

    public async Task ExpireAsync(string accessToken)
    {
        var response = await Http.PostAsync(new Uri($"sim/douyin/sessions/{accessToken}/expire", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }

    public async Task<SimCallCounts> CallsAsync() =>
        await Http.GetFromJsonAsync<SimCallCounts>("sim/douyin/calls") ?? throw new InvalidOperationException("no counts");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Sim.DisposeAsync();
    }
}
