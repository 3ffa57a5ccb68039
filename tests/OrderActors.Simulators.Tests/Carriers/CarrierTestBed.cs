using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.Grains.Carriers;
using OrderActors.Grains.Channels;
using OrderActors.Simulators.Carriers;
using OrderActors.Testing;

namespace OrderActors.Simulators.Tests.Carriers;

/// <summary>The carrier simulator on a free port and the OMS's carrier gateway pointed at it over HTTP.</summary>
internal sealed class CarrierTestBed : IAsyncDisposable
{
    private readonly ChannelHttp _channelHttp = new();

    private CarrierTestBed(SimulatorHost sim)
    {
        Sim = sim;
        Http = new HttpClient { BaseAddress = sim.BaseUrl };
        Gateway = NewGateway();
    }

    public SimulatorHost Sim { get; }

    public HttpClient Http { get; }

    public CarrierGateway Gateway { get; }

    public CarrierSimulatorState State => Sim.Services.GetRequiredService<CarrierSimulatorState>();

    public static async Task<CarrierTestBed> StartAsync() =>
        new(await SimulatorHost.StartAsync(FreePort.Next(), TimeProvider.System, new CarrierPlatform(new CarrierSimulatorOptions())));

    /// <summary>A gateway with the simulator's accounts; <paramref name="secret"/> replaces every carrier's secret.</summary>
    public CarrierGateway NewGateway(string? secret = null)
    {
        var sim = State.Options;
        var options = new CarrierOptions
        {
            Sf = new() { BaseUrl = new Uri(Sim.BaseUrl, "std/service"), AppKey = sim.SfPartnerId, Secret = secret ?? sim.SfCheckWord, CustomerCode = "7550000000" },
            Zto = new() { BaseUrl = new Uri(Sim.BaseUrl, "zto/"), AppKey = sim.ZtoAppKey, Secret = secret ?? sim.ZtoAppSecret, CustomerCode = "KDGJ", CustomerSecret = "ZTO123" },
            Yunda = new() { BaseUrl = new Uri(Sim.BaseUrl, "yunda/"), AppKey = sim.YundaAppKey, Secret = secret ?? sim.YundaAppSecret, CustomerCode = "201700101001", CustomerSecret = "yd-partner" },
        };
        return new CarrierGateway(_channelHttp, Options.Create(options), TimeProvider.System);
    }

    public static WaybillRequest Request(string carrier, string orderId) =>
        new(orderId, carrier, "WH-HZ", "330000", "杭州", new ShippingAddress("Li Lei", "13800138000", "310000", "上海", "浦东新区", "世纪大道 88 号"), 2, 750);

    public async Task FaultsAsync(SimFaults faults) => (await Http.PostAsJsonAsync("sim/carriers/faults", faults)).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        _channelHttp.Dispose();
        await Sim.DisposeAsync();
    }
}
