using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrderActors.Integration.Tests;

/// <summary>Against real PostgreSQL: the webhook secret and the remembered deliveries survive a restart of the whole system.</summary>
public sealed class WebStoreWebhookRestartTests : IAsyncLifetime
{
    private readonly SystemFixture _system = new();

    public Task InitializeAsync() => _system.InitializeAsync();

    public Task DisposeAsync() => _system.DisposeAsync();

    [Fact]
    public async Task After_a_restart_the_shops_secret_still_verifies_and_a_delivery_id_seen_before_is_still_a_duplicate_or_a_replay()
    {
        var shop = WebStorePushes.NewShop();
        await _system.Http.Connect(shop);
        var delivery = WebStorePushes.NewDelivery();
        var order = WebStorePushes.Order("WS-R1", "paid", WebStorePushes.Paid, "TEA-1", quantity: 1);
        Assert.Equal(HttpStatusCode.OK, (await _system.Http.Push(shop, order, delivery)).StatusCode);

        await _system.StopAll();
        await _system.StartSilo();
        _system.StartApi();

        var retry = await _system.Http.Push(shop, order, delivery);
        var replay = await _system.Http.Push(shop, WebStorePushes.Order("WS-R1", "cancelled", WebStorePushes.Paid.AddMinutes(1), "TEA-1", quantity: 1), delivery);
        var next = await _system.Http.Push(shop, WebStorePushes.Order("WS-R2", "paid", WebStorePushes.Paid, "TEA-1", quantity: 1), WebStorePushes.NewDelivery());

        Assert.Equal("duplicate", (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Equal("Allocated", (await _system.Http.GetFromJsonAsync<JsonElement>($"/api/orders/web:{shop}:WS-R1")).GetProperty("order").GetProperty("status").GetString());
        Assert.Equal("created", (await next.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());
    }
}
