using System.Net.Http.Json;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Fulfilment;
using OrderActors.Grains.Alerts;
using OrderActors.Simulators;
using OrderActors.Simulators.Top;
using OrderActors.Testing;

namespace OrderActors.Cluster.Tests.Fulfilment;

/// <summary>
/// The write-back grain through the Taobao connector to the TOP simulator over HTTP: passing faults are
/// retried until the platform acknowledges once, a refusal fails with the reason and an alert and is sent
/// again by an operator's retry, and a pending write-back survives the loss of its silo.
/// </summary>
[Collection(WriteBackCollection.Name)]
public sealed class ChannelShipmentTests(WriteBackFixture fixture)
{
    private readonly HttpClient _sim = new() { BaseAddress = fixture.Simulators.BaseUrl };

    private static string NewShop() => $"wb-{Guid.NewGuid():N}"[..16];

    private async Task Connect(string shop)
    {
        var session = await (await _sim.PostAsJsonAsync("sim/top/sessions", new SimSessionRequest(shop))).Content.ReadFromJsonAsync<SimSession>();
        Assert.Null(await fixture.Client.GetGrain<IChannelConnectorGrain>($"taobao:{shop}").Configure(new ShopConnection(
            session!.AccessToken, session.ExpiresAt, session.RefreshToken, TimeSpan.FromMinutes(5), DateTimeOffset.UtcNow.AddHours(-3), Enabled: false)));
    }

    private async Task Seed(string shop, long tid, string refundStatus = "NO_REFUND")
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddMinutes(-30).ToUnixTimeSeconds());
        var trade = new SimTrade(tid, "WAIT_SELLER_SEND_GOODS", at.AddMinutes(-5), at, at.AddMinutes(-4), 3300, 3300, 0, "buyer",
            new SimAddress("韩梅梅", "13900139000", "上海", "上海市", "黄浦区", "南京东路1号", "200000"),
            [new SimLine(tid * 10, 600001, null, "TEA", "TEA", "tea", 1, 3300, 3300, 3300, "WAIT_SELLER_SEND_GOODS", refundStatus)]);
        (await _sim.PutAsJsonAsync($"sim/top/shops/{shop}/trades", new[] { trade })).EnsureSuccessStatusCode();
    }

    private Task<ChannelShipmentView?> Settled(string orderId, TimeSpan? timeout = null) => Eventually.Until(
        () => fixture.Client.GetGrain<IChannelShipmentGrain>(orderId).Get(),
        v => v is { Status: not ChannelShipmentStatus.Pending },
        timeout ?? TimeSpan.FromSeconds(30));

    private IReadOnlyList<SimShipment> ShipmentsOf(string shop) => [.. fixture.Top.Shipments.All().Where(s => s.Shop == shop)];

    [Fact]
    public async Task A_5xx_burst_and_throttling_are_retried_until_the_platform_acknowledges_once_and_the_attempts_are_counted()
    {
        var shop = NewShop();
        await Connect(shop);
        await Seed(shop, 1001);
        var orderId = $"taobao:{shop}:1001";

        // One ship call's whole retry budget in 5xx (4 attempts), then two throttles the next call rides out.
        (await _sim.PostAsJsonAsync("sim/top/faults", new SimFaults(ServerErrors: 4))).EnsureSuccessStatusCode();
        (await _sim.PostAsJsonAsync("sim/top/faults", new SimFaults(Throttles: 2))).EnsureSuccessStatusCode();
        var notice = new ShipmentNotice(orderId, "SF", "SF100000000001", DateTimeOffset.UtcNow);
        await fixture.Client.GetGrain<IChannelShipmentGrain>(orderId).Request(notice);
        await fixture.Client.GetGrain<IChannelShipmentGrain>(orderId).Request(notice);

        var settled = await Settled(orderId);

        Assert.Equal(ChannelShipmentStatus.Acknowledged, settled!.Status);
        Assert.Equal(2, settled.Attempts);
        Assert.Null(settled.LastError);
        var shipped = Assert.Single(ShipmentsOf(shop));
        Assert.Equal(("1001", "SF", "SF100000000001", 1), (shipped.OrderId, shipped.Company, shipped.Waybill, shipped.Calls));
        Assert.Equal("WAIT_BUYER_CONFIRM_GOODS", fixture.Top.FindTrade(shop, 1001)!.Status);

        // The same notice again, now that it is acknowledged, calls nobody.
        await fixture.Client.GetGrain<IChannelShipmentGrain>(orderId).Request(notice);
        Assert.Equal(2, (await fixture.Client.GetGrain<IChannelShipmentGrain>(orderId).Get())!.Attempts);
        Assert.Equal(1, Assert.Single(ShipmentsOf(shop)).Calls);
    }

    [Fact]
    public async Task A_refusal_fails_the_write_back_with_the_reason_and_an_alert_and_a_retry_after_the_fix_is_acknowledged()
    {
        var shop = NewShop();
        await Connect(shop);
        await Seed(shop, 2001, refundStatus: "WAIT_SELLER_AGREE");
        var orderId = $"taobao:{shop}:2001";
        var grain = fixture.Client.GetGrain<IChannelShipmentGrain>(orderId);
        Assert.Equal(ShipmentRetryOutcome.NotFound, await grain.Retry());

        await grain.Request(new ShipmentNotice(orderId, "SF", "SF200000000001", DateTimeOffset.UtcNow));
        var failed = await Settled(orderId);
        var alert = (await Eventually.Until(
            () => Task.FromResult(fixture.Alerts.Received.Where(a => a.Source == $"taobao:{shop}").ToList()), a => a.Count > 0)).Single();

        Assert.Equal(ChannelShipmentStatus.Failed, failed!.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("TRADE_STATUS_ERROR", failed.LastError);
        Assert.Equal(AlertKind.ShipmentWriteBackFailed, alert.Kind);
        Assert.Contains(orderId, alert.Subject);
        Assert.Contains("TRADE_STATUS_ERROR", alert.Body);
        var listed = await fixture.Client.GetGrain<IChannelShipmentListGrain>(0).List(ChannelShipmentStatus.Failed, 1000);
        Assert.Contains(listed, v => v.OrderId == orderId && v.LastError == failed.LastError);
        Assert.Empty(ShipmentsOf(shop));

        // The seller refuses the refund on the platform; an operator sends the write-back again.
        (await _sim.PostAsJsonAsync($"sim/top/shops/{shop}/trades/2001/change", new SimTradeChange(RefundStatus: "CLOSED"))).EnsureSuccessStatusCode();
        Assert.Equal(ShipmentRetryOutcome.Retried, await grain.Retry());
        var acknowledged = await Settled(orderId);

        Assert.Equal(ChannelShipmentStatus.Acknowledged, acknowledged!.Status);
        Assert.Equal(2, acknowledged.Attempts);
        Assert.Equal(ShipmentRetryOutcome.NotFailed, await grain.Retry());
        Assert.Equal("SF200000000001", Assert.Single(ShipmentsOf(shop)).Waybill);
        Assert.DoesNotContain(await fixture.Client.GetGrain<IChannelShipmentListGrain>(0).List(ChannelShipmentStatus.Failed, 1000), v => v.OrderId == orderId);
    }

    [Fact]
    public async Task A_pending_write_back_survives_the_loss_of_its_silo_and_is_delivered_once_the_shop_is_connected()
    {
        // Not connected yet: the write-back waits (a marketplace shop that is connected later gets what piled up).
        var shop = NewShop();
        await Seed(shop, 3001);
        var orderId = $"taobao:{shop}:3001";
        var grain = fixture.Client.GetGrain<IChannelShipmentGrain>(orderId);
        await grain.Request(new ShipmentNotice(orderId, "ZTO", "ZT300000000001", DateTimeOffset.UtcNow));
        var waiting = await Eventually.Until(grain.Get, v => v is { Attempts: > 0 });
        Assert.Equal(ChannelShipmentStatus.Pending, waiting!.Status);
        Assert.Contains("not connected", waiting.LastError);

        var address = await fixture.Client.GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
        var victim = fixture.Cluster.Silos.Single(s => s.SiloAddress.Equals(address));
        await fixture.Cluster.KillSiloAsync(victim);
        await fixture.Cluster.WaitForLivenessToStabilizeAsync();
        await Connect(shop);

        // Nothing calls the write-back grain from here: only its reminder can bring it back.
        var shipments = await Eventually.Until(() => Task.FromResult(ShipmentsOf(shop)), s => s.Count > 0, TimeSpan.FromMinutes(4));
        await fixture.Cluster.StartAdditionalSiloAsync();

        Assert.Equal(("3001", "ZTO", "ZT300000000001", 1), (Assert.Single(shipments).OrderId, shipments[0].Company, shipments[0].Waybill, shipments[0].Calls));
        var settled = await Settled(orderId);
        Assert.Equal(ChannelShipmentStatus.Acknowledged, settled!.Status);
    }
}
