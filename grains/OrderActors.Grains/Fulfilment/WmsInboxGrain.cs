using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using OrderActors.Domain.Channels.WebStore;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Fulfilment;

namespace OrderActors.Grains.Fulfilment;

/// <summary>
/// One warehouse's WMS webhook (docs/wms.md). Per event: the warehouse's secret from configuration,
/// signature and timestamp (the web store's domain verifier), the body, then a repeat is answered from
/// <c>wms_events</c>; a new event goes to its order (<see cref="WmsOrderStep"/>) and is recorded with
/// its outcome before the answer. Holds no state of its own: PostgreSQL is the memory of event ids.
/// </summary>
// Reentrant so that one warehouse's events reach their orders in parallel (a Packed event waits for the
// carrier's waybill; a whole warehouse should not wait behind it). Safe: an event claims its id in
// _inFlight within the turn that checked it (no await in between), so the same id is never applied twice
// at once; events of one order are serialised by the order grain.
[Reentrant]
internal sealed partial class WmsInboxGrain(
    IOptions<WmsOptions> options,
    WmsEventStore store,
    [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time,
    ILogger<WmsInboxGrain> logger) : Grain, IWmsInboxGrain
{
    private readonly Dictionary<string, (string Digest, Task<WmsReceipt> Receipt)> _inFlight = new(StringComparer.Ordinal);

    private string Warehouse => this.GetPrimaryKeyString();

    async Task<WmsReceipt> IWmsInboxGrain.Receive(WmsDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (!options.Value.Warehouses.TryGetValue(Warehouse, out var configured) || configured?.Secret is not { } secret)
        {
            return Refuse(WmsOutcome.UnknownWarehouse, "UnknownWarehouse", $"Warehouse '{Warehouse}' takes no WMS events: it has no secret ({WmsOptions.Section}:Warehouses:{Warehouse}:Secret).");
        }

        var now = time.GetUtcNow();
        var tolerance = options.Value.Tolerance;
        var verdict = new WebhookVerifier(Encoding.UTF8.GetBytes(secret), tolerance).Verify(delivery.Timestamp, delivery.Signature, delivery.Body.Span, now);
        if (!verdict.Accepted)
        {
            return Refuse(WmsOutcome.Unauthorized, verdict.Rejection.ToString(), Unauthorized(verdict.Rejection, tolerance));
        }

        WmsEventRead read;
        try
        {
            using var document = JsonDocument.Parse(delivery.Body);
            read = WmsEventJson.Read(document.RootElement, Warehouse, now, options.Value.FutureSkew);
        }
        catch (JsonException ex)
        {
            return Refuse(WmsOutcome.MalformedBody, "MalformedBody", $"The body is not JSON: {ex.Message}");
        }

        if (read.NotAnObject)
        {
            return Refuse(WmsOutcome.MalformedBody, "MalformedBody", "The body is JSON, but an event is a JSON object.");
        }

        if (read.Event is not { } e)
        {
            return Refuse(WmsOutcome.InvalidEvent, "InvalidEvent", "The event is not valid; see errors.", orderId: read.OrderId, errors: read.Errors);
        }

        var digest = WebhookSignature.BodyDigest(delivery.Body.Span);
        if (_inFlight.TryGetValue(e.EventId, out var running))
        {
            if (!string.Equals(running.Digest, digest, StringComparison.Ordinal))
            {
                return Reused(e.EventId, read.OrderId);
            }

            // The same event twice at once (the WMS retrying on its own timeout): the second waits for the first.
            var first = await running.Receipt;
            return first.Durable ? first with { Duplicate = true } : first;
        }

        var decide = Decide(e, read.OrderId!, digest, now);
        _inFlight[e.EventId] = (digest, decide);
        try
        {
            return await decide;
        }
        finally
        {
            _inFlight.Remove(e.EventId);
        }
    }

    private async Task<WmsReceipt> Decide(WarehouseEvent e, string orderId, string digest, DateTimeOffset receivedAt)
    {
        StoredWmsEvent? seen;
        WmsStepResult step;
        try
        {
            seen = await store.Find(Warehouse, e.EventId);
            if (seen is not null)
            {
                return string.Equals(seen.BodyDigest, digest, StringComparison.Ordinal)
                    ? new WmsReceipt(seen.Outcome, true, seen.Rejection, seen.Detail ?? $"Event {e.EventId} was received before; nothing changed.", e.EventId, seen.OrderId, null, seen.ReviewId, [])
                    : Reused(e.EventId, orderId);
            }

            step = await WmsOrderStep.Apply(GrainFactory, orderId, e);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogFailed(ex, Warehouse, e.EventId, orderId);
            return Refuse(WmsOutcome.Unavailable, "Unavailable", "The event could not be taken to its order now; send the same event again.", orderId);
        }

        if (step.Outcome is WmsOutcome.UnknownOrder or WmsOutcome.WrongWarehouse)
        {
            return Refuse(step.Outcome, step.Reason!, step.Detail!, orderId);
        }

        long? reviewId;
        try
        {
            reviewId = await store.Record(orderId, e, digest, step.Outcome, step.Reason, step.Detail, receivedAt, time.GetUtcNow());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The order has the event (it is idempotent by event id); the record does not. A resend records it.
            LogFailed(ex, Warehouse, e.EventId, orderId);
            return Refuse(WmsOutcome.Unavailable, "Unavailable", "The event could not be recorded now; send the same event again.", orderId);
        }

        if (step.Outcome == WmsOutcome.Review)
        {
            LogKeptForReview(Warehouse, e.EventId, orderId, step.Reason!, step.Detail!, reviewId ?? 0);
        }

        return new WmsReceipt(step.Outcome, false, step.Reason, step.Detail, e.EventId, orderId, step.Status, reviewId, []);
    }

    private WmsReceipt Reused(string eventId, string? orderId) =>
        Refuse(WmsOutcome.EventIdReused, nameof(WmsOutcome.EventIdReused),
            $"Event {eventId} was received before with another body; an event id is never reused for other content.", orderId, eventId: eventId);

    private WmsReceipt Refuse(WmsOutcome outcome, string reason, string detail, string? orderId = null, ImmutableArray<WebhookFieldError> errors = default, string? eventId = null)
    {
        LogRefused(Warehouse, outcome, reason, detail);
        return new WmsReceipt(outcome, false, reason, detail, eventId, orderId, null, null, errors.IsDefault ? [] : errors);
    }

    private static string Unauthorized(WebhookRejection rejection, TimeSpan tolerance) => rejection switch
    {
        WebhookRejection.MalformedTimestamp => $"No {WmsWebhook.TimestampHeader} header with Unix seconds.",
        WebhookRejection.MalformedSignature => $"No {WmsWebhook.SignatureHeader} header with 64 hexadecimal characters.",
        WebhookRejection.TimestampOutsideWindow => $"Signed more than {tolerance.TotalMinutes:0} minutes away from now: sign every send (and resend) when it goes out, with a synchronised clock.",
        _ => "The signature is not HMAC-SHA256 over '{timestamp}.{body}' with this warehouse's secret.",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warehouse {Warehouse}: WMS event refused ({Outcome} {Reason}): {Detail}")]
    private partial void LogRefused(string warehouse, WmsOutcome outcome, string reason, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warehouse {Warehouse}: event {EventId} for {OrderId} refused by the order ({Reason}: {Detail}); kept for review {ReviewId}")]
    private partial void LogKeptForReview(string warehouse, string eventId, string orderId, string reason, string detail, long reviewId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Warehouse {Warehouse}: event {EventId} for {OrderId} could not be applied or recorded")]
    private partial void LogFailed(Exception ex, string warehouse, string eventId, string orderId);
}
