using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrderActors.Integration.Tests;

/// <summary>Against real PostgreSQL: what the API acknowledged survives stopping and restarting the whole silo.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private readonly SystemFixture _system = new();

    public Task InitializeAsync() => _system.InitializeAsync();

    public Task DisposeAsync() => _system.DisposeAsync();

    [Fact]
    public async Task An_order_and_its_reservations_survive_stopping_and_restarting_the_silo()
    {
        var key = OrderRequests.NewKey();
        var id = $"web:flagship:{key}";
        var created = await _system.Http.Submit(OrderRequests.Valid(sku: "TEA-1", quantity: 4, province: "上海"), key);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var before = await _system.Http.GetFromJsonAsync<JsonElement>($"/api/orders/{id}");
        var stockBefore = await _system.Http.GetFromJsonAsync<JsonElement>("/api/inventory/TEA-1/WH-SH");
        Assert.Equal(4, stockBefore.GetProperty("reserved").GetInt32());

        await _system.StopAll();
        await _system.StartSilo();
        _system.StartApi();

        var after = await _system.Http.GetFromJsonAsync<JsonElement>($"/api/orders/{id}");
        Assert.Equal(before.GetProperty("order").ToString(), after.GetProperty("order").ToString());
        var stockAfter = await _system.Http.GetFromJsonAsync<JsonElement>("/api/inventory/TEA-1/WH-SH");
        Assert.Equal(stockBefore.ToString(), stockAfter.ToString());

        // The rebuilt ledger still holds the reservation: 20 on hand, 2 safety, 4 reserved leaves 14.
        var tooMany = await _system.Http.Submit(OrderRequests.Valid(sku: "TEA-1", quantity: 15, province: "上海"), OrderRequests.NewKey());
        var fits = await _system.Http.Submit(OrderRequests.Valid(sku: "TEA-1", quantity: 14, province: "上海"), OrderRequests.NewKey());
        Assert.Equal(HttpStatusCode.Conflict, tooMany.StatusCode);
        Assert.Equal("WH-SH", (await fits.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("order").GetProperty("warehouse").GetString());

        // And the same idempotency key still finds the same order.
        var retry = await _system.Http.Submit(OrderRequests.Valid(sku: "TEA-1", quantity: 4, province: "上海"), key);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(18, (await _system.Http.GetFromJsonAsync<JsonElement>("/api/inventory/TEA-1/WH-SH")).GetProperty("reserved").GetInt32());
    }
}
