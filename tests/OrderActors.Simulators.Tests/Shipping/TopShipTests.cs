using System.Globalization;
using System.Net.Http.Json;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Channels.Taobao;
using OrderActors.Simulators.Top;

namespace OrderActors.Simulators.Tests.Shipping;

/// <summary>TOP <c>taobao.logistics.offline.send</c> against the TOP simulator.</summary>
public sealed class TopShipTests : ShipContractTests
{
    private protected override async Task<ShipBed> StartAsync() => new Bed(await TopTestBed.StartAsync());

    private sealed class Bed(TopTestBed bed) : ShipBed(bed.Http, "top", bed.Session, bed)
    {
        private const long Tid = 7001;

        public override IPlatformAdapter Adapter { get; } = new TopAdapter(bed.Client());

        public override string OrderId => Tid.ToString(CultureInfo.InvariantCulture);

        public override string CarrierCode => "SF";

        public override string ShippedStatus => "WAIT_BUYER_CONFIRM_GOODS";

        public override Task SeedPaidAsync(DateTimeOffset modified) => bed.SeedAsync([Trades.Paid(Tid, modified)]);

        public override async Task CancelAsync() =>
            (await bed.Http.PostAsJsonAsync($"sim/top/shops/{TopTestBed.Shop}/trades/{Tid}/change", new SimTradeChange(Status: "TRADE_CLOSED"))).EnsureSuccessStatusCode();
    }
}
