using System.Net.Http.Json;
using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Simulators.Tests.Shipping;

/// <summary>One platform's simulator, seen the way the ship contract tests need it: a shop with one paid order, the adapter, the admin switches.</summary>
internal abstract class ShipBed(HttpClient http, string adminName, SimSession session, IAsyncDisposable owner) : IAsyncDisposable
{
    public abstract IPlatformAdapter Adapter { get; }

    /// <summary>The platform's order number of the one order the tests ship.</summary>
    public abstract string OrderId { get; }

    /// <summary>The carrier code the platform knows for SF (what the connector would send).</summary>
    public abstract string CarrierCode { get; }

    /// <summary>The platform's raw status of a shipped order.</summary>
    public abstract string ShippedStatus { get; }

    /// <summary>How the platform answers the very same shipment again.</summary>
    public virtual ShipAnswer RepeatAnswer => ShipAnswer.Shipped;

    public string AccessToken { get; private set; } = session.AccessToken;

    public abstract Task SeedPaidAsync(DateTimeOffset modified);

    /// <summary>The order is cancelled (or refunded) on the platform.</summary>
    public abstract Task CancelAsync();

    public PlatformShipment Shipment(string waybill, string? carrierCode = null) =>
        new(OrderId, carrierCode ?? CarrierCode, waybill, DateTimeOffset.UtcNow);

    /// <summary>The order as the connector's next pull would read it.</summary>
    public Task<PlatformOrderUpdate> ReadAsync() =>
        Adapter.GetOrderAsync(AccessToken, new PlatformListing(OrderId, DateTimeOffset.MinValue, null, PlatformOrderState.Paid));

    public async Task<IReadOnlyList<SimShipment>> ShipmentsAsync() =>
        await http.GetFromJsonAsync<SimShipment[]>($"sim/{adminName}/shipments") ?? [];

    public async Task ExpireTokenAsync()
    {
        var response = await http.PostAsync(new Uri($"sim/{adminName}/sessions/{AccessToken}/expire", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Refreshes through the adapter, as the connector does, and uses the new token from then on.</summary>
    public async Task RefreshAsync() => AccessToken = (await Adapter.RefreshAsync(session.RefreshToken)).AccessToken;

    public ValueTask DisposeAsync() => owner.DisposeAsync();
}
