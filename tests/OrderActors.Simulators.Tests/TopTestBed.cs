using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderActors.Domain.Channels.Taobao;
using OrderActors.Grains.Channels.Taobao;
using OrderActors.Simulators;
using OrderActors.Simulators.Top;
using OrderActors.Testing;

namespace OrderActors.Simulators.Tests;

/// <summary>A TOP simulator on a free 127.0.0.1 port, a session for one shop, and clients that talk to it over real HTTP.</summary>
internal sealed class TopTestBed : IAsyncDisposable
{
    public const string Shop = "flagship";

    private TopTestBed(SimulatorHost sim, HttpClient http, TimeProvider time, SimSession session)
    {
        Sim = sim;
        Http = http;
        Time = time;
        Session = session;
    }

    public SimulatorHost Sim { get; }

    public TopSimulatorState State => Sim.Services.GetRequiredService<TopSimulatorState>();

    public Uri GatewayUrl => new(Sim.BaseUrl, TopPlatform.GatewayPath);

    public Uri TokenUrl => new(Sim.BaseUrl, TopPlatform.TokenPath);

    public HttpClient Http { get; }

    public TimeProvider Time { get; }

    public SimSession Session { get; }

    public static async Task<TopTestBed> StartAsync(TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var sim = await SimulatorHost.StartAsync(FreePort.Next(), time, new TopPlatform());
        var http = new HttpClient { BaseAddress = sim.BaseUrl };
        var created = await http.PostAsJsonAsync("sim/top/sessions", new SimSessionRequest(Shop));
        created.EnsureSuccessStatusCode();
        var session = await created.Content.ReadFromJsonAsync<SimSession>() ?? throw new InvalidOperationException("no session");
        return new TopTestBed(sim, http, time, session);
    }

    public TopClient Client(string? secret = null, TopSignMethod signMethod = TopSignMethod.Md5, TimeProvider? clientTime = null) =>
        new(Http, new TopOptions(GatewayUrl, TokenUrl, State.Options.AppKey, secret ?? State.Options.AppSecret, signMethod), clientTime ?? Time);

    public async Task SeedAsync(IEnumerable<SimTrade> trades)
    {
        var response = await Http.PutAsJsonAsync($"sim/top/shops/{Shop}/trades", trades.ToArray());
        response.EnsureSuccessStatusCode();
    }

    public async Task FaultsAsync(SimFaults faults)
    {
        var response = await Http.PostAsJsonAsync("sim/top/faults", faults);
        response.EnsureSuccessStatusCode();
    }

    public async Task<SimCallCounts> CallsAsync() =>
        await Http.GetFromJsonAsync<SimCallCounts>("sim/top/calls") ?? throw new InvalidOperationException("no counts");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Sim.DisposeAsync();
    }
}
