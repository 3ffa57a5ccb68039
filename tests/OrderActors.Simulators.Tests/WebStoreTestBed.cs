using System.Net.Http.Json;
using OrderActors.Grains.Channels.WebStore;
using OrderActors.Simulators;
using OrderActors.Simulators.WebStore;

namespace OrderActors.Simulators.Tests;

/// <summary>A web store simulator on a free 127.0.0.1 port, a token for one shop, and clients that talk to it over real HTTP.</summary>
internal sealed class WebStoreTestBed : SimTestBed<WebStoreSimulatorState>
{
    public const string Shop = "webstore-flagship";

    private WebStoreTestBed(Started started)
        : base(started)
    {
    }

    public Uri ApiUrl => new(Sim.BaseUrl, WebStorePlatform.ApiPath);

    public Uri TokenUrl => new(Sim.BaseUrl, WebStorePlatform.TokenPath);

    public static async Task<WebStoreTestBed> StartAsync(TimeProvider? time = null) =>
        new(await StartSimulatorAsync(new WebStorePlatform(), "webstore", Shop, time));

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
}
