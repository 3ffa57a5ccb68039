using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels.WebStore;
using OrderActors.Simulators.WebStore;

namespace OrderActors.Simulators.Tests;

public sealed class WebStorePushTests
{
    private const string Secret = "whsec_0123456789abcdef0123456789abcdef";
    private static readonly DateTimeOffset At = DateTimeOffset.UtcNow.AddMinutes(-1);

    private static async Task<SimWebPushResult> Push(WebStoreTestBed bed, SimWebPushRequest push)
    {
        var response = await bed.Http.PostAsJsonAsync($"sim/webstore/shops/{WebStoreTestBed.Shop}/push", push);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<SimWebPushResult>() ?? throw new InvalidOperationException("no result");
    }

    [Fact]
    public async Task A_push_is_the_listed_order_object_signed_with_HMAC_SHA256_over_timestamp_dot_body()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        await bed.SeedAsync([WebOrders.Paid("W1", At)]);

        var result = await Push(bed, new SimWebPushRequest("W1", receiver.Url, Secret));

        Assert.Equal(200, result.Status);
        var received = Assert.Single(receiver.Deliveries);
        Assert.Equal("application/json", received.ContentType?.Split(';')[0]);
        Assert.Equal(result.DeliveryId, received.DeliveryId);
        Assert.StartsWith("dlv_", received.DeliveryId, StringComparison.Ordinal);
        Assert.InRange(long.Parse(received.Timestamp, CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddSeconds(-30).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());

        // The recipe computed here by hand, not with the domain's signer.
        var signed = Encoding.UTF8.GetBytes(received.Timestamp + ".").Concat(received.Body).ToArray();
        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), signed)), received.Signature);

        using var pushed = JsonDocument.Parse(received.Body);
        var listed = Assert.Single((await bed.Client().ListUpdatedAsync(bed.Session.AccessToken, new PullWindow(At.AddMinutes(-1), At.AddMinutes(1)), 1)).Orders);
        Assert.Equal(listed, WebStoreOrderJson.Read(pushed.RootElement).Order! with { Lines = listed.Lines });
        Assert.Equal(listed.Lines, WebStoreOrderJson.Read(pushed.RootElement).Order!.Lines);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task A_push_signed_more_than_five_minutes_off_is_refused_by_the_receiver(int skew)
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        await bed.SeedAsync([WebOrders.Paid("W1", At)]);

        var result = await Push(bed, new SimWebPushRequest("W1", receiver.Url, Secret, TimestampSkewSeconds: skew));

        Assert.Equal(401, result.Status);
        Assert.Contains(nameof(Domain.Channels.WebStore.WebhookRejection.TimestampOutsideWindow), result.Response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_push_signed_with_another_secret_is_refused()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        await bed.SeedAsync([WebOrders.Paid("W1", At)]);

        var result = await Push(bed, new SimWebPushRequest("W1", receiver.Url, "whsec_not_the_shops_secret_at_all_000"));

        Assert.Equal(401, result.Status);
        Assert.Contains(nameof(Domain.Channels.WebStore.WebhookRejection.SignatureMismatch), result.Response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delivery_id_sent_again_is_a_duplicate_with_the_same_body_and_a_replay_with_another()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        await bed.SeedAsync([WebOrders.Paid("W1", At)]);

        var first = await Push(bed, new SimWebPushRequest("W1", receiver.Url, Secret));
        var retry = await Push(bed, new SimWebPushRequest("W1", receiver.Url, Secret, ReplayDeliveryId: first.DeliveryId));
        await bed.ChangeAsync("W1", new SimWebOrderChange(Status: "cancelled"));
        var replay = await Push(bed, new SimWebPushRequest("W1", receiver.Url, Secret, ReplayDeliveryId: first.DeliveryId));

        Assert.Equal((200, 200, 409), (first.Status, retry.Status, replay.Status));
        Assert.Contains("duplicate", retry.Response, StringComparison.Ordinal);
        Assert.Equal(first.DeliveryId, replay.DeliveryId);
    }

    [Fact]
    public async Task With_a_webhook_configured_every_seed_and_change_is_pushed()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        (await bed.Http.PutAsJsonAsync($"sim/webstore/shops/{WebStoreTestBed.Shop}/webhook", new SimWebhookTarget(receiver.Url, Secret))).EnsureSuccessStatusCode();

        var seeded = await bed.SeedAsync([WebOrders.Paid("W1", At), WebOrders.Paid("W2", At)]);
        await bed.ChangeAsync("W2", new SimWebOrderChange(Status: "shipped"));

        Assert.Equal([200, 200], seeded.Pushes.Select(p => p.Status));
        Assert.Equal(3, receiver.Deliveries.Count);
        Assert.Equal(3, receiver.Deliveries.Select(d => d.DeliveryId).Distinct().Count());
        using var last = JsonDocument.Parse(receiver.Deliveries.Last().Body);
        Assert.Equal("shipped", last.RootElement.GetProperty("status").GetString());
        Assert.Equal(3, (await bed.CallsAsync()).ByOutcome["http:200"]);
    }

    [Fact]
    public async Task A_receiver_that_cannot_be_reached_is_status_0_with_the_reason()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        await bed.SeedAsync([WebOrders.Paid("W1", At)]);

        var result = await Push(bed, new SimWebPushRequest("W1", new Uri($"http://127.0.0.1:{Testing.FreePort.Next()}/hook"), Secret));

        Assert.Equal(0, result.Status);
        Assert.NotEmpty(result.Response);
    }
}
