using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderActors.Integration.Tests;

/// <summary>
/// The own web store's webhook against the whole system on real PostgreSQL: a signed push creates the
/// order, a newer one changes it, an older or repeated one changes nothing, and whatever is unsigned,
/// stale, replayed or invalid is refused with its reason and leaves no trace.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class WebStoreWebhookTests(SystemFixture system)
{
    private HttpClient Http => system.Http;

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<JsonElement> GetOrder(string orderId) => (await Http.GetFromJsonAsync<JsonElement>($"/api/orders/{orderId}")).GetProperty("order");

    [Fact]
    public async Task A_signed_push_creates_the_order_a_repeat_changes_nothing_a_newer_cancel_applies_and_an_older_copy_does_not()
    {
        var (shop, sku) = (WebStorePushes.NewShop(), await Http.NewSku());
        await Http.Connect(shop);
        var orderId = $"web:{shop}:WS-1001";
        var paid = WebStorePushes.Order("WS-1001", "paid", WebStorePushes.Paid.AddSeconds(1), sku);
        var delivery = WebStorePushes.NewDelivery();

        var created = await Http.Push(shop, paid, delivery);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var answer = await Json(created);
        Assert.Equal(("created", orderId), (answer.GetProperty("outcome").GetString(), answer.GetProperty("orderId").GetString()));
        var order = await GetOrder(orderId);
        Assert.Equal("Allocated", order.GetProperty("status").GetString());
        Assert.Equal("WH-SH", order.GetProperty("warehouse").GetString());
        Assert.Equal(sku, order.GetProperty("lines")[0].GetProperty("sku").GetString());
        Assert.Equal(2, order.GetProperty("lines")[0].GetProperty("quantity").GetInt32());
        Assert.Equal(16800, order.GetProperty("lines")[0].GetProperty("unitPriceFen").GetInt64());
        Assert.Equal(2, (await Http.GetFromJsonAsync<JsonElement>($"/api/inventory/{sku}/WH-SH")).GetProperty("reserved").GetInt32());

        // The store retries the same delivery (its own timeout, say), signed anew: a duplicate, nothing written.
        var before = await system.Footprint();
        var again = await Http.Push(shop, paid, delivery);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("duplicate", (await Json(again)).GetProperty("outcome").GetString());
        Assert.Equal(before, await system.Footprint());
        Assert.Equal(order.ToString(), (await GetOrder(orderId)).ToString());

        // Cancelled in the store later: a newer version, applied; the stock goes back.
        var cancelled = await Http.Push(shop, WebStorePushes.Order("WS-1001", "cancelled", WebStorePushes.Paid.AddMinutes(5), sku), WebStorePushes.NewDelivery());
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("updated", (await Json(cancelled)).GetProperty("outcome").GetString());
        Assert.Equal("Cancelled", (await GetOrder(orderId)).GetProperty("status").GetString());
        Assert.Equal(0, (await Http.GetFromJsonAsync<JsonElement>($"/api/inventory/{sku}/WH-SH")).GetProperty("reserved").GetInt32());

        // A late copy of an older version (a delayed retry of some earlier delivery): accepted, changes nothing.
        var cancelledView = (await GetOrder(orderId)).ToString();
        var older = await Http.Push(shop, WebStorePushes.Order("WS-1001", "shipped", WebStorePushes.Paid.AddMinutes(2), sku), WebStorePushes.NewDelivery());
        Assert.Equal(HttpStatusCode.OK, older.StatusCode);
        Assert.Equal("unchanged", (await Json(older)).GetProperty("outcome").GetString());
        Assert.Equal(cancelledView, (await GetOrder(orderId)).ToString());
    }

    [Fact]
    public async Task Pushes_at_once_one_delivery_five_times_and_thirty_orders_each_order_is_applied_once()
    {
        var (shop, sku) = (WebStorePushes.NewShop(), await Http.NewSku());
        await Http.Connect(shop);
        var repeated = WebStorePushes.Order("WS-P0", "paid", WebStorePushes.Paid, sku, quantity: 1);
        var delivery = WebStorePushes.NewDelivery();

        var responses = await Task.WhenAll(
            Enumerable.Range(0, 5).Select(_ => Http.Push(shop, repeated, delivery))
                .Concat(Enumerable.Range(1, 30).Select(i => Http.Push(shop, WebStorePushes.Order($"WS-P{i}", "paid", WebStorePushes.Paid, sku, quantity: 1), WebStorePushes.NewDelivery()))));
        var outcomes = await Task.WhenAll(responses.Select(async r => (r.StatusCode, (await Json(r)).GetProperty("outcome").GetString())));

        Assert.All(outcomes, o => Assert.Equal(HttpStatusCode.OK, o.StatusCode));
        Assert.Equal((1, 4), (outcomes.Take(5).Count(o => o.Item2 == "created"), outcomes.Take(5).Count(o => o.Item2 == "duplicate")));
        Assert.All(outcomes.Skip(5), o => Assert.Equal("created", o.Item2));
        Assert.Equal(31, (await Http.GetFromJsonAsync<JsonElement>($"/api/inventory/{sku}/WH-SH")).GetProperty("reserved").GetInt32());
        var stats = await Http.GetFromJsonAsync<JsonElement>($"/api/channels/web/{shop}/webhook");
        Assert.Equal((31, 31, 4), (stats.GetProperty("accepted").GetInt32(), stats.GetProperty("remembered").GetInt32(), stats.GetProperty("duplicates").GetInt32()));
    }

    [Fact]
    public async Task An_unpaid_order_is_acknowledged_but_recorded_only_once_its_paid_version_arrives()
    {
        var (shop, sku) = (WebStorePushes.NewShop(), await Http.NewSku());
        await Http.Connect(shop);

        var pending = await Http.Push(shop, WebStorePushes.Order("WS-2", "pending_payment", WebStorePushes.Paid.AddSeconds(-30), sku), WebStorePushes.NewDelivery());
        var notYet = await Http.GetAsync($"/api/orders/web:{shop}:WS-2");
        var paid = await Http.Push(shop, WebStorePushes.Order("WS-2", "paid", WebStorePushes.Paid, sku), WebStorePushes.NewDelivery());

        Assert.Equal((HttpStatusCode.OK, "ignored"), (pending.StatusCode, (await Json(pending)).GetProperty("outcome").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);
        Assert.Equal("created", (await Json(paid)).GetProperty("outcome").GetString());
    }

    public static TheoryData<string, string> Refusals() => new()
    {
        // case, the reason the problem must carry
        { "unsigned", "MalformedTimestamp" },
        { "no signature", "MalformedSignature" },
        { "another secret", "SignatureMismatch" },
        { "body changed after signing", "SignatureMismatch" },
        { "signed ten minutes ago", "TimestampOutsideWindow" },
        { "signed ten minutes ahead", "TimestampOutsideWindow" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_push_not_signed_by_the_shop_now_is_401_with_the_reason_and_changes_nothing(string kind, string reason)
    {
        var (shop, sku) = (WebStorePushes.NewShop(), await Http.NewSku());
        await Http.Connect(shop);
        var body = WebStorePushes.Order("WS-9", "paid", WebStorePushes.Paid, sku).ToJsonString();
        var before = await system.Footprint();

        var response = kind switch
        {
            "unsigned" => await Http.Push(shop, body, WebStorePushes.NewDelivery(), withTimestamp: false, withSignature: false),
            "no signature" => await Http.Push(shop, body, WebStorePushes.NewDelivery(), withSignature: false),
            "another secret" => await Http.Push(shop, body, WebStorePushes.NewDelivery(), secret: "whsec_someone_else_0123456789abcdef0123"),
            "body changed after signing" => await Http.Push(shop, body, WebStorePushes.NewDelivery(), bodyOnTheWire: body.Replace("\"quantity\":2", "\"quantity\":20", StringComparison.Ordinal)),
            "signed ten minutes ago" => await Http.Push(shop, body, WebStorePushes.NewDelivery(), signedAt: DateTimeOffset.UtcNow.AddMinutes(-10)),
            _ => await Http.Push(shop, body, WebStorePushes.NewDelivery(), signedAt: DateTimeOffset.UtcNow.AddMinutes(10)),
        };

        await ProblemAssert.Refused(response, HttpStatusCode.Unauthorized, reason);
        Assert.Equal(before, await system.Footprint());
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/api/orders/web:{shop}:WS-9")).StatusCode);
    }

    [Fact]
    public async Task A_delivery_id_replayed_with_another_body_is_409_and_changes_nothing()
    {
        var (shop, sku) = (WebStorePushes.NewShop(), await Http.NewSku());
        await Http.Connect(shop);
        var delivery = WebStorePushes.NewDelivery();
        (await Http.Push(shop, WebStorePushes.Order("WS-3", "paid", WebStorePushes.Paid, sku), delivery)).EnsureSuccessStatusCode();
        var view = (await GetOrder($"web:{shop}:WS-3")).ToString();
        var before = await system.Footprint();

        // Correctly signed (the secret leaked, say), but under an id already used: refused, not applied.
        var replay = await Http.Push(shop, WebStorePushes.Order("WS-3", "cancelled", WebStorePushes.Paid.AddMinutes(1), sku), delivery);

        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Equal("Replayed", (await Json(replay)).GetProperty("reason").GetString());
        Assert.Equal(before, await system.Footprint());
        Assert.Equal(view, (await GetOrder($"web:{shop}:WS-3")).ToString());
    }

    [Fact]
    public async Task A_signed_order_that_is_not_valid_is_422_with_its_field_errors_and_nothing_is_stored()
    {
        var (shop, sku) = (WebStorePushes.NewShop(), await Http.NewSku());
        await Http.Connect(shop);
        var order = WebStorePushes.Order("WS-4", "paid", WebStorePushes.Paid, sku);
        order["lines"]![0]!["quantity"] = 0;
        order["lines"]![0]!["unit_price_fen"] = "168.00";
        order["shipping_address"]!.AsObject().Remove("city");
        order.Remove("paid_at");
        var before = await system.Footprint();

        var response = await Http.Push(shop, order, WebStorePushes.NewDelivery());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await Json(response)).GetProperty("errors");
        Assert.Equal(
            ["lines[0].quantity", "lines[0].unit_price_fen", "paid_at", "shipping_address.city"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(before, await system.Footprint());
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/api/orders/web:{shop}:WS-4")).StatusCode);
    }

    [Fact]
    public async Task A_signed_order_for_a_SKU_this_system_does_not_know_is_422_UnknownSku_and_a_retry_after_the_SKU_exists_creates_it()
    {
        var shop = WebStorePushes.NewShop();
        await Http.Connect(shop);
        var sku = $"NEW-{Guid.NewGuid():N}"[..20];
        var order = WebStorePushes.Order("WS-5", "paid", WebStorePushes.Paid, sku);
        var delivery = WebStorePushes.NewDelivery();
        var before = await system.Footprint();

        var refused = await Http.Push(shop, order, delivery);
        Assert.Equal(before, await system.Footprint());
        (await Http.PutAsJsonAsync($"/api/skus/{sku}", new { name = "New tea" })).EnsureSuccessStatusCode();
        var retried = await Http.Push(shop, order, delivery);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("UnknownSku", (await Json(refused)).GetProperty("reason").GetString());
        Assert.Contains(sku, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("created", (await Json(retried)).GetProperty("outcome").GetString());    // the refusal was not remembered
    }

    [Theory]
    [InlineData("{\"id\":", 400, "MalformedBody")]
    [InlineData("[1,2]", 422, "InvalidOrder")]
    public async Task A_signed_body_that_is_not_an_order_object_is_refused_without_a_500(string body, int status, string reason)
    {
        var shop = WebStorePushes.NewShop();
        await Http.Connect(shop);

        var response = await Http.Push(shop, body, WebStorePushes.NewDelivery());

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(reason, (await Json(response)).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_signed_push_without_a_delivery_id_is_400()
    {
        var (shop, sku) = (WebStorePushes.NewShop(), await Http.NewSku());
        await Http.Connect(shop);

        var response = await Http.Push(shop, WebStorePushes.Order("WS-6", "paid", WebStorePushes.Paid, sku), deliveryId: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MalformedDeliveryId", (await Json(response)).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_shop_that_is_not_connected_or_has_no_secret_is_404_and_a_body_over_256_KiB_is_413()
    {
        var withoutSecret = WebStorePushes.NewShop();
        await Http.Connect(withoutSecret, secret: null);
        var connected = WebStorePushes.NewShop();
        await Http.Connect(connected);

        var unknown = await Http.Push(WebStorePushes.NewShop(), "{}", WebStorePushes.NewDelivery());
        var noSecret = await Http.Push(withoutSecret, "{}", WebStorePushes.NewDelivery());
        var huge = await Http.Push(connected, "{\"pad\":\"" + new string('x', 300 * 1024) + "\"}", WebStorePushes.NewDelivery());

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.RequestEntityTooLarge), (unknown.StatusCode, noSecret.StatusCode, huge.StatusCode));
        Assert.Equal("application/problem+json", huge.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("taobao", "whsec_integration_0123456789abcdef012345", null, "webhookSecret")]
    [InlineData("web", "too-short", null, "webhookSecret")]
    [InlineData("web", "has spaces in it but is long enough 0123456789", null, "webhookSecret")]
    [InlineData("web", null, 0, "silenceThresholdMinutes")]
    [InlineData("web", null, 10081, "silenceThresholdMinutes")]
    public async Task Connecting_a_shop_with_a_bad_webhook_secret_or_silence_threshold_is_refused_by_field(string channel, string? secret, int? silence, string field)
    {
        var response = await Http.PutAsJsonAsync($"/api/channels/{channel}/{WebStorePushes.NewShop()}", new
        {
            accessToken = "t",
            accessTokenExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
            webhookSecret = secret,
            silenceThresholdMinutes = silence,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Json(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task The_webhook_shows_what_it_accepted_and_why_it_refused()
    {
        var (shop, sku) = (WebStorePushes.NewShop(), await Http.NewSku());
        await Http.Connect(shop);
        var delivery = WebStorePushes.NewDelivery();
        var order = WebStorePushes.Order("WS-7", "paid", WebStorePushes.Paid, sku);
        await Http.Push(shop, order, delivery);
        await Http.Push(shop, order, delivery);
        await Http.Push(shop, order.ToJsonString(), WebStorePushes.NewDelivery(), secret: "whsec_wrong_wrong_wrong_0123456789abcdef");

        var stats = await Http.GetFromJsonAsync<JsonElement>($"/api/channels/web/{shop}/webhook");

        Assert.Equal((1, 1, 1), (stats.GetProperty("accepted").GetInt32(), stats.GetProperty("duplicates").GetInt32(), stats.GetProperty("ordersCreated").GetInt32()));
        Assert.Equal(1, stats.GetProperty("refusedSinceActivation").GetProperty("SignatureMismatch").GetInt32());
        Assert.StartsWith("SignatureMismatch", stats.GetProperty("lastRefusal").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/api/channels/web/{WebStorePushes.NewShop()}/webhook")).StatusCode);
    }

    [Fact]
    public async Task The_webhook_and_its_request_body_are_in_the_OpenAPI_document()
    {
        var openApi = await Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var post = openApi.GetProperty("paths").GetProperty("/api/channels/web/{shop}/webhook").GetProperty("post");
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.Contains(post.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "X-OrderActors-Signature");
        Assert.True(post.GetProperty("responses").TryGetProperty("401", out _));
    }
}
