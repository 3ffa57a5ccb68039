using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderActors.Simulators;
using OrderActors.Testing;

namespace OrderActors.Simulators.Tests;

/// <summary>
/// What every platform's test bed has: a simulator on a free 127.0.0.1 port, a session for one shop, an
/// HttpClient on the simulator, and the simulator's admin endpoints (<c>sim/{name}/…</c>) for faults
/// and call counts. Each platform's bed adds its clients and how it seeds orders.
/// </summary>
/// <typeparam name="TState">The platform simulator's state.</typeparam>
internal abstract class SimTestBed<TState> : IAsyncDisposable
    where TState : SimulatorState
{
    private readonly string _name;

    protected SimTestBed(Started started)
    {
        ArgumentNullException.ThrowIfNull(started);
        Sim = started.Sim;
        Http = started.Http;
        Time = started.Time;
        Session = started.Session;
        _name = started.Name;
    }

    public SimulatorHost Sim { get; }

    public TState State => Sim.Services.GetRequiredService<TState>();

    public HttpClient Http { get; }

    public TimeProvider Time { get; }

    public SimSession Session { get; }

    public async Task FaultsAsync(SimFaults faults)
    {
        var response = await Http.PostAsJsonAsync(Admin("faults"), faults);
        response.EnsureSuccessStatusCode();
    }

    public async Task<SimCallCounts> CallsAsync() =>
        await Http.GetFromJsonAsync<SimCallCounts>(Admin("calls")) ?? throw new InvalidOperationException("no counts");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Sim.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts <paramref name="platform"/>'s simulator and opens a session for <paramref name="shop"/> through its admin API.</summary>
    protected static async Task<Started> StartSimulatorAsync(ISimulatedPlatform platform, string name, string shop, TimeProvider? time)
    {
        time ??= TimeProvider.System;
        var sim = await SimulatorHost.StartAsync(FreePort.Next(), time, platform);
        var http = new HttpClient { BaseAddress = sim.BaseUrl };
        var created = await http.PostAsJsonAsync($"sim/{name}/sessions", new SimSessionRequest(shop));
        created.EnsureSuccessStatusCode();
        var session = await created.Content.ReadFromJsonAsync<SimSession>() ?? throw new InvalidOperationException("no session");
        return new Started(name, sim, http, time, session);
    }

    /// <summary>A path under the simulator's admin API: <c>sim/{name}/{relative}</c>.</summary>
    protected string Admin(string relative) => $"sim/{_name}/{relative}";

    /// <summary>A started simulator and its session, handed from <see cref="StartSimulatorAsync"/> to the bed's constructor.</summary>
    protected sealed record Started(string Name, SimulatorHost Sim, HttpClient Http, TimeProvider Time, SimSession Session);
}
