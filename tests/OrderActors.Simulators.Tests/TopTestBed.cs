using System.Net.Http.Json;
using OrderActors.Domain.Channels.Taobao;
using OrderActors.Grains.Channels.Taobao;
using OrderActors.Simulators;
using OrderActors.Simulators.Top;

namespace OrderActors.Simulators.Tests;

/// <summary>A TOP simulator on a free 127.0.0.1 port, a session for one shop, and clients that talk to it over real HTTP.</summary>
internal sealed class TopTestBed : SimTestBed<TopSimulatorState>
{
    public const string Shop = "flagship";

    private TopTestBed(Started started)
        : base(started)
    {
    }

    public Uri GatewayUrl => new(Sim.BaseUrl, TopPlatform.GatewayPath);

    public Uri TokenUrl => new(Sim.BaseUrl, TopPlatform.TokenPath);

    public static async Task<TopTestBed> StartAsync(TimeProvider? time = null) =>
        new(await StartSimulatorAsync(new TopPlatform(), "top", Shop, time));

    public TopClient Client(string? secret = null, TopSignMethod signMethod = TopSignMethod.Md5, TimeProvider? clientTime = null) =>
        new(Http, new TopOptions(GatewayUrl, TokenUrl, State.Options.AppKey, secret ?? State.Options.AppSecret, signMethod), clientTime ?? Time);

    public async Task SeedAsync(IEnumerable<SimTrade> trades)
    {
        var response = await Http.PutAsJsonAsync($"sim/top/shops/{Shop}/trades", trades.ToArray());
        response.EnsureSuccessStatusCode();
    }
}
