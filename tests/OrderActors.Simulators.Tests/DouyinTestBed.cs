using System.Net.Http.Json;
using OrderActors.Domain.Channels.Douyin;
using OrderActors.Grains.Channels.Douyin;
using OrderActors.Simulators;
using OrderActors.Simulators.Douyin;

namespace OrderActors.Simulators.Tests;

/// <summary>A Douyin shop simulator on a free 127.0.0.1 port, a session for one shop, and clients that talk to it over real HTTP.</summary>
internal sealed class DouyinTestBed : SimTestBed<DouyinSimulatorState>
{
    public const string Shop = "douyin-flagship";

    private DouyinTestBed(Started started)
        : base(started)
    {
    }

    /// <summary>The gateway is the host itself: methods are paths under it.</summary>
    public Uri GatewayUrl => Sim.BaseUrl;

    public static async Task<DouyinTestBed> StartAsync(TimeProvider? time = null, DouyinSimulatorOptions? options = null) =>
        new(await StartSimulatorAsync(new DouyinPlatform(options), "douyin", Shop, time));

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

    public async Task ExpireAsync(string accessToken)
    {
        var response = await Http.PostAsync(new Uri($"sim/douyin/sessions/{accessToken}/expire", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }
}
