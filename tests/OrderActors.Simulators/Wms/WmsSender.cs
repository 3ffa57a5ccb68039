using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OrderActors.Domain.Channels.WebStore;

namespace OrderActors.Simulators.Wms;

/// <summary>
/// The WMS's side of docs/wms.md: writes an event, signs <c>{timestamp}.{body}</c> with HMAC-SHA256 under
/// the warehouse's secret (the domain's <see cref="WebhookSignature"/>, the recipe the OMS verifies) and
/// POSTs it to <c>{OMS}/api/wms/{warehouse}/events</c> — or falsifies it the way the variant says.
/// </summary>
public sealed class WmsSender(IHttpClientFactory clients, WmsSimulatorState state)
{
    public const string ClientName = "wms-events";

    /// <summary>How stale a <see cref="SimWmsVariant.Stale"/> timestamp is: twice the OMS's ±5 minute window.</summary>
    public static readonly TimeSpan StaleBy = TimeSpan.FromMinutes(10);

    public static string NewEventId(string warehouse) => $"wms-{warehouse}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";

    /// <summary>The event object: camelCase members, the time in China time (+08:00) as a warehouse writes it, absent optionals left out.</summary>
    public static string Body(string eventId, string orderId, string type, DateTimeOffset at, string operatorName, string? device, string? delayReason)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("eventId", eventId);
            json.WriteString("orderId", orderId);
            json.WriteString("type", type);
            json.WriteString("at", at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
            json.WriteString("operator", operatorName);
            if (device is not null)
            {
                json.WriteString("device", device);
            }

            if (delayReason is not null)
            {
                json.WriteString("delayReason", delayReason);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// Sends what <paramref name="request"/> asks for. Throws <see cref="InvalidOperationException"/> when there
    /// is no OMS address, no secret for the warehouse, or no earlier event to replay or reuse.
    /// </summary>
    public Task<SimWmsSent> SendAsync(string warehouse, SimWmsEventRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string Fresh(string eventId) => Body(eventId, request.OrderId, request.Type, request.At ?? state.Now,
            request.Operator ?? state.Options.Operator, request.Device ?? state.Options.Device, request.DelayReason);

        if (request.Variant is SimWmsVariant.Replay or SimWmsVariant.ReusedId)
        {
            var earlier = state.SentEvent(warehouse, request.EventId)
                ?? throw new InvalidOperationException($"Warehouse {warehouse} has sent no event {request.EventId} to copy.");
            return request.Variant == SimWmsVariant.Replay
                ? PostAsync(warehouse, earlier.EventId, earlier.OrderId, earlier.Type, request.Variant, earlier.Body, cancellationToken)
                : PostAsync(warehouse, earlier.EventId, request.OrderId, request.Type, request.Variant, Fresh(earlier.EventId), cancellationToken);
        }

        var id = request.EventId ?? NewEventId(warehouse);
        return PostAsync(warehouse, id, request.OrderId, request.Type, request.Variant, Fresh(id), cancellationToken);
    }

    /// <summary>POSTs <paramref name="body"/> as it is (a resend is the same bytes), signed as <paramref name="variant"/> says, and records it.</summary>
    public async Task<SimWmsSent> PostAsync(string warehouse, string eventId, string orderId, string type, SimWmsVariant variant, string body, CancellationToken cancellationToken = default)
    {
        var oms = state.Oms ?? throw new InvalidOperationException("No OMS base URL: PUT /sim/wms/oms first.");
        var secret = state.SecretOf(warehouse) ?? throw new InvalidOperationException($"No secret for warehouse {warehouse}: PUT /sim/wms/{warehouse}/secret first.");
        var bytes = Encoding.UTF8.GetBytes(body);
        long? timestamp = variant == SimWmsVariant.Unsigned ? null : (state.Now - (variant == SimWmsVariant.Stale ? StaleBy : TimeSpan.Zero)).ToUnixTimeSeconds();
        var key = variant == SimWmsVariant.WrongSecret ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(secret);
        var signature = timestamp is { } t ? WebhookSignature.Compute(key, t, bytes) : null;

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(oms, $"api/wms/{Uri.EscapeDataString(warehouse)}/events")) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (timestamp is not null)
        {
            request.Headers.Add(WebStoreProtocol.TimestampHeader, timestamp.Value.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add(WebStoreProtocol.SignatureHeader, signature);
        }

        int status;
        string response;
        try
        {
            using var answer = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
            (status, response) = ((int)answer.StatusCode, await answer.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (HttpRequestException e)
        {
            (status, response) = (0, e.Message);
        }

        var sent = new SimWmsSent(warehouse, eventId, orderId, type, variant, body, timestamp, signature, status, response);
        state.Record(sent);
        return sent;
    }
}
