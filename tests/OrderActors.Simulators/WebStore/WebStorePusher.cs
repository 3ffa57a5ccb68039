using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using OrderActors.Domain.Channels.WebStore;

namespace OrderActors.Simulators.WebStore;

/// <summary>
/// The store's side of the webhook: POSTs the order object to the receiver with the three headers,
/// signing <c>{timestamp}.{body}</c> with HMAC-SHA256 under the shop's secret (the domain's
/// <see cref="WebhookSignature"/>, the recipe the receiver verifies). Each push is a new delivery id
/// unless the caller replays one.
/// </summary>
internal sealed class WebStorePusher(IHttpClientFactory clients, WebStoreSimulatorState state)
{
    public const string ClientName = "webstore-webhook";

    private const string Method = "webhook.push";

    public async Task<SimWebPushResult> PushAsync(SimWebOrder order, Uri webhookUrl, string secret, string? deliveryId = null, int timestampSkewSeconds = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(webhookUrl);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var body = Encoding.UTF8.GetBytes(WebStoreWire.Serialize(WebStoreWire.Order(order, state.Options.WireOffset)));
        var timestamp = state.Now.AddSeconds(timestampSkewSeconds).ToUnixTimeSeconds();
        var signature = WebhookSignature.Compute(Encoding.UTF8.GetBytes(secret), timestamp, body);
        var id = deliveryId ?? "dlv_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

        using var request = new HttpRequestMessage(HttpMethod.Post, webhookUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebStoreProtocol.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebStoreProtocol.SignatureHeader, signature);
        request.Headers.Add(WebStoreProtocol.DeliveryIdHeader, id);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            state.Record(Method, $"http:{(int)response.StatusCode}");
            return new SimWebPushResult(order.Id, id, timestamp, signature, (int)response.StatusCode, text);
        }
        catch (HttpRequestException e)
        {
            state.Record(Method, "unreachable");
            return new SimWebPushResult(order.Id, id, timestamp, signature, 0, e.Message);
        }
    }

    /// <summary>Pushes the orders to the shop's configured webhook, one after another; none when it has none, or while the shop is silent.</summary>
    public async Task<SimWebPushes> PushConfiguredAsync(string shop, IEnumerable<SimWebOrder> orders, CancellationToken cancellationToken = default)
    {
        if (state.WebhookOf(shop) is not { } target || state.IsSilent)
        {
            return new SimWebPushes([]);
        }

        var results = new List<SimWebPushResult>();
        foreach (var order in orders)
        {
            results.Add(await PushAsync(order, target.WebhookUrl, target.Secret, cancellationToken: cancellationToken).ConfigureAwait(false));
        }

        return new SimWebPushes(results);
    }
}
