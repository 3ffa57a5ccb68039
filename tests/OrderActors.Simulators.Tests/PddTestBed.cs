using System.Net.Http.Json;
using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Channels.Pinduoduo;
using OrderActors.Simulators;
using OrderActors.Simulators.Pdd;

namespace OrderActors.Simulators.Tests;

/// <summary>A Pinduoduo simulator on a free 127.0.0.1 port, a session for one shop, and clients that talk to it over real HTTP.</summary>
internal sealed class PddTestBed : SimTestBed<PddSimulatorState>
{
    public const string Shop = "pdd-flagship";

    private PddTestBed(Started started)
        : base(started)
    {
    }

    public Uri GatewayUrl => new(Sim.BaseUrl, PddPlatform.GatewayPath);

    public static async Task<PddTestBed> StartAsync(TimeProvider? time = null) =>
        new(await StartSimulatorAsync(new PddPlatform(), "pdd", Shop, time));

    public PddClient Client(string? secret = null, TimeProvider? clientTime = null) =>
        new(Http, new PddOptions(GatewayUrl, State.Options.AppKey, secret ?? State.Options.AppSecret), clientTime ?? Time);

    public PddAdapter Adapter(PddReceiverText receiverText = PddReceiverText.Ciphertext) => new(Client(), receiverText);

    public async Task SeedAsync(IEnumerable<PddSimOrder> orders)
    {
        var response = await Http.PutAsJsonAsync($"sim/pdd/shops/{Shop}/orders", orders.ToArray());
        response.EnsureSuccessStatusCode();
    }

    public async Task ChangeAsync(string orderSn, PddSimOrderChange change)
    {
        var response = await Http.PostAsJsonAsync($"sim/pdd/shops/{Shop}/orders/{orderSn}/change", change);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// What the connector does with one window: the first page for the total, then every page from the
    /// last to the first, the listings in the order they were read.
    /// </summary>
    public static async Task<List<PlatformListing>> PullBackwardsAsync(IPlatformAdapter adapter, string accessToken, PullWindow window)
    {
        var first = await adapter.ListModifiedAsync(accessToken, window, 1);
        var pages = (int)Math.Max(1, ((first.TotalResults ?? first.Orders.Count) + adapter.PageSize - 1) / adapter.PageSize);
        var read = new List<PlatformListing>();
        for (var page = pages; page >= 1; page--)
        {
            read.AddRange(page == 1 ? first.Orders : (await adapter.ListModifiedAsync(accessToken, window, page)).Orders);
        }

        return read;
    }
}
