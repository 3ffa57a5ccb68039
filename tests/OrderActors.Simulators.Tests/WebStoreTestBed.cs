using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderActors.Grains.Channels.WebStore;
using OrderActors.Simulators;
using OrderActors.Simulators.WebStore;
using OrderActors.Testing;

namespace OrderActors.Simulators.Tests;

/// <summary>A web store simulator on a free 127.0.0.1 port, a token for one shop, and clients that talk to it over real HTTP.</summary>
internal sealed class WebStoreTestBed : IAsyncDisposable
{
    public const string Shop = "webstore-flagship";

    private WebStoreTestBed(SimulatorHost sim, HttpClient http, TimeProvider time, SimSession session)
    {
        Sim = sim;
        Http = http;
        Time = time;
        Session = session;
    }

    public SimulatorHost Sim { get; }

    public WebStoreSimulatorState State => Sim.Services.GetRequiredService<WebStoreSimulatorState>();

    public Uri ApiUrl => new(Sim.BaseUrl, WebStorePlatform.ApiPath);

    public Uri TokenUrl => new(Sim.BaseUrl, WebStorePlatform.TokenPath);

    public HttpClient Http { get; }

    public TimeProvider Time { get; }

    public SimSession Session { get; }

    public static async Task<WebStoreTestBed> StartAsync(TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var sim = await SimulatorHost.StartAsync(FreePort.Next(), time, new WebStorePlatform());
        var http = new HttpClient { BaseAddress = sim.BaseUrl };
        var created = await http.PostAsJsonAsync("sim/webstore/sessions", new SimSessionRequest(Shop));
        created.EnsureSuccessStatusCode();
        var session = await created.Content.ReadFromJsonAsync<SimSession>() ?? throw new InvalidOperationException("no session");
        return new WebStoreTestBed(sim, http, time, session);
    }

    public WebStoreClient Client(string? secret = null, TimeProvider? clientTime = null, Uri? apiUrl = null) =>
        new(Http, new WebStoreClientOptions(apiUrl ?? ApiUrl, TokenUrl, State.Options.AppKey, secret ?? State.Options.AppSecret), clientTime ?? Time);

    public WebStoreAdapter Adapter() => new(Client());

    public async Task<SimWebPushes> SeedAsync(IEnumerable<SimWebOrder> orders, string shop = Shop)
    {
        var response = await Http.PutAsJsonAsync($"sim/webstore/shops/{shop}/orders", orders.ToArray());
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<SimWebPushes>() ?? throw new InvalidOperationException("no pushes");
    }

    public async Task ChangeAsync(string id, SimWebOrderChange change)
    {
        var response = await Http.PostAsJsonAsync($"sim/webstore/shops/{Shop}/orders/{id}/change", change);
        response.EnsureSuccessStatusCode();
    }

    public async Task FaultsAsync(SimFaults faults)
    {
        var response = await Http.PostAsJsonAsync("sim/webstore/faults", faults);
        response.EnsureSuccessStatusCode();
    }

    public async Task<SimCallCounts> CallsAsync() =>
        await Http.GetFromJsonAsync<SimCallCounts>("sim/webstore/calls") ?? throw new InvalidOperationException("no counts");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Sim.DisposeAsync();
    }
}
