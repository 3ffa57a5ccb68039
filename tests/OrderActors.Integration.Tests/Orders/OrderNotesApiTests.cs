using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrderActors.Integration.Tests.Orders;

/// <summary>/api/orders/{orderId}/notes: durable, idempotent by request id, validated at the edge.</summary>
[Collection(SystemCollection.Name)]
public sealed class OrderNotesApiTests(SystemFixture system)
{
    private HttpClient Http => system.Http;

    [Fact]
    public async Task A_retried_note_is_stored_once_and_a_reused_request_id_with_other_text_is_a_conflict()
    {
        var orderId = await NewOrder();
        var requestId = OrderRequests.NewKey();

        var created = await Http.PostAsJsonAsync($"/api/orders/{orderId}/notes", new { text = "  Buyer called: deliver after 18:00.  ", requestId });
        var retried = await Http.PostAsJsonAsync($"/api/orders/{orderId}/notes", new { text = "Buyer called: deliver after 18:00.", requestId });
        var reused = await Http.PostAsJsonAsync($"/api/orders/{orderId}/notes", new { text = "Something else", requestId });
        var second = await Http.PostAsJsonAsync($"/api/orders/{orderId}/notes", new { text = "Called back, confirmed.", requestId = OrderRequests.NewKey() });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var note = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(note.ToString(), (await retried.Content.ReadFromJsonAsync<JsonElement>()).ToString());
        Assert.Equal("Buyer called: deliver after 18:00.", note.GetProperty("text").GetString());
        await Problem(reused, HttpStatusCode.Conflict, "IdempotencyConflict");

        var notes = await Http.GetFromJsonAsync<JsonElement>($"/api/orders/{orderId}/notes");
        Assert.Equal(["Buyer called: deliver after 18:00.", "Called back, confirmed."], notes.EnumerateArray().Select(n => n.GetProperty("text").GetString()));
        Assert.Equal(2L, await system.Database.Scalar<long>($"select count(*) from order_notes where order_id = '{orderId}'"));
    }

    [Fact]
    public async Task Notes_of_an_unknown_order_are_404()
    {
        foreach (var orderId in new[] { "taobao:nowhere:404", "not-an-order-id" })
        {
            await Problem(await Http.PostAsJsonAsync($"/api/orders/{orderId}/notes", new { text = "x", requestId = "r1" }), HttpStatusCode.NotFound, "NotFound");
            await Problem(await Http.GetAsync($"/api/orders/{orderId}/notes"), HttpStatusCode.NotFound, "NotFound");
        }

        Assert.Equal(0L, await system.Database.Scalar<long>("select count(*) from order_notes where order_id = 'taobao:nowhere:404'"));
    }

    [Theory]
    [InlineData("", "r1", "text")]
    [InlineData("   ", "r1", "text")]
    [InlineData(null, "r1", "text")]
    [InlineData("long", "r1", "text")]
    [InlineData("fine", null, "requestId")]
    [InlineData("fine", "has space", "requestId")]
    public async Task A_bad_note_is_a_400_naming_the_field_and_stores_nothing(string? text, string? requestId, string field)
    {
        var orderId = await NewOrder();
        var body = new { text = text == "long" ? new string('x', 2001) : text, requestId };

        var response = await Http.PostAsJsonAsync($"/api/orders/{orderId}/notes", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(0L, await system.Database.Scalar<long>($"select count(*) from order_notes where order_id = '{orderId}'"));
    }

    [Fact]
    public async Task A_note_of_the_longest_allowed_text_is_kept_whole()
    {
        var orderId = await NewOrder();
        var text = string.Concat(Enumerable.Repeat("备注", 1000));

        var response = await Http.PostAsJsonAsync($"/api/orders/{orderId}/notes", new { text, requestId = "max" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(text, (await Http.GetFromJsonAsync<JsonElement>($"/api/orders/{orderId}/notes"))[0].GetProperty("text").GetString());
    }

    private static async Task Problem(HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"urn:orderactors:problem:{reason}", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
    }

    private async Task<string> NewOrder()
    {
        await SearchableOrders.EnsureStock(Http);
        return await SearchableOrders.Submit(Http, SearchableOrders.NewShop(), "N1", "13800138000", DateTimeOffset.UtcNow.AddMinutes(-5));
    }
}
