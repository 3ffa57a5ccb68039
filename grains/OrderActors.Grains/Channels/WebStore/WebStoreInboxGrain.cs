using Microsoft.Extensions.DependencyInjection;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using OrderActors.Domain.Channels.WebStore;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.Grains.Inventory;

namespace OrderActors.Grains.Channels.WebStore;

/// <summary>
/// One web shop's webhook. Per delivery: fetch the shop's secret from its connector, verify signature
/// and timestamp (domain), check the delivery id against those remembered, read the order, apply it
/// to the order grain (newer-wins), and only then remember the delivery id and write it, answering
/// once it is durable. A refused or failed delivery is not remembered, so the store can retry it.
/// </summary>
// Reentrant so that one shop's deliveries are applied to their orders in parallel and their seen-set
// writes share one storage write (group commit). Safe: a delivery checks the seen-set and claims its id
// in _inFlight within one turn (no await in between), so the same id is never applied twice at once;
// the seen-set is only replaced whole, within a turn.
[Reentrant]
internal sealed partial class WebStoreInboxGrain(
    [PersistentState("webstore-inbox", OrleansNames.GrainStorage)] IPersistentState<WebStoreInboxState> state,
    IOptions<WebStoreOptions> options,
    [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time,
    ILogger<WebStoreInboxGrain> logger) : Grain, IWebStoreInboxGrain
{
    private static readonly TimeSpan ForgetEvery = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, (string Digest, Task<WebhookReceipt> Receipt)> _inFlight = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _refused = new(StringComparer.Ordinal);
    private SeenDeliveries _seen = SeenDeliveries.Empty;
    private GroupCommit<string> _commit = null!;
    private DateTimeOffset _nextForget;
    private DateTimeOffset? _lastRefusedAt;
    private string? _lastRefusal;

    private WebStoreInboxState S => state.State;

    private string Shop => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _seen = SeenDeliveries.From(S.Seen.Select(d => new SeenDelivery(d.DeliveryId, d.BodyDigest, d.SignedAt)));
        _commit = new GroupCommit<string>(_ => Persist());
        return base.OnActivateAsync(cancellationToken);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (!_commit.Failed)
        {
            await _commit.WhenDurable();
        }
    }

    async Task<WebhookReceipt> IWebStoreInboxGrain.Receive(WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var secret = await GrainFactory.GetGrain<IChannelConnectorGrain>($"{SalesChannel.Web.Code()}:{Shop}").GetWebhookSecret();
        if (secret is null || Encoding.UTF8.GetByteCount(secret) < 16)
        {
            return Refuse(WebhookOutcome.UnknownShop, "NotConnected", $"Web shop '{Shop}' is not connected with a webhook secret.");
        }

        var now = time.GetUtcNow();
        var tolerance = options.Value.WebhookTolerance;
        var verdict = new WebhookVerifier(Encoding.UTF8.GetBytes(secret), tolerance).Verify(delivery.Timestamp, delivery.Signature, delivery.Body.Span, now);
        if (!verdict.Accepted)
        {
            return Refuse(WebhookOutcome.Unauthorized, verdict.Rejection.ToString(), Explain(verdict.Rejection, tolerance));
        }

        if (!WebhookVerifier.IsValidDeliveryId(delivery.DeliveryId))
        {
            return Refuse(WebhookOutcome.BadDeliveryId, nameof(WebhookRejection.MalformedDeliveryId),
                $"{WebStoreWebhook.DeliveryIdHeader} is required: 1-{WebhookVerifier.MaxDeliveryIdLength} letters, digits, '.', '_', ':' or '-', the same for every retry of a delivery.");
        }

        var deliveryId = delivery.DeliveryId!;
        var digest = WebhookSignature.BodyDigest(delivery.Body.Span);
        if (now >= _nextForget || _seen.Count > options.Value.WebhookMemory)
        {
            // Pruning walks the whole set: once a second is plenty, an entry outlives its window by at most that.
            _seen = _seen.Forget(now, tolerance, options.Value.WebhookMemory);
            _nextForget = now + ForgetEvery;
        }

        if (_inFlight.TryGetValue(deliveryId, out var running))
        {
            if (!string.Equals(running.Digest, digest, StringComparison.Ordinal))
            {
                return Refuse(WebhookOutcome.Replayed, nameof(WebhookRejection.Replayed),
                    $"Delivery {deliveryId} is being applied with another body; a delivery id is never reused for other content.");
            }

            // The same delivery twice at once (a store retrying on its own timeout): the second waits for the
            // first, which answers only once both its order and its remembered id are durable.
            var first = await running.Receipt;
            if (!first.Durable)
            {
                return first;
            }

            S.Duplicates++;
            return first with { Outcome = WebhookOutcome.Duplicate, Detail = $"Delivery {deliveryId} was accepted before; nothing changed." };
        }

        switch (_seen.Check(deliveryId, digest))
        {
            case DeliveryCheck.Duplicate:
                S.Duplicates++;
                return new WebhookReceipt(WebhookOutcome.Duplicate, null, $"Delivery {deliveryId} was accepted before; nothing changed.", null, []);
            case DeliveryCheck.Conflict:
                return Refuse(WebhookOutcome.Replayed, nameof(WebhookRejection.Replayed),
                    $"Delivery {deliveryId} was accepted before with another body; a delivery id is never reused for other content.");
        }

        var apply = Apply(new SeenDelivery(deliveryId, digest, verdict.SignedAt!.Value), delivery.Body);
        _inFlight[deliveryId] = (digest, apply);
        try
        {
            return await apply;
        }
        finally
        {
            _inFlight.Remove(deliveryId);
        }
    }

    Task<WebhookInboxStats> IWebStoreInboxGrain.GetStats() => Task.FromResult(new WebhookInboxStats(
        Shop, S.Accepted, S.Duplicates, S.OrdersCreated, S.LastAcceptedAt, S.LastOrderCreatedAt,
        _seen.Count, _refused.ToImmutableDictionary(StringComparer.Ordinal), _lastRefusedAt, _lastRefusal));

    private async Task<WebhookReceipt> Apply(SeenDelivery delivery, ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            return Refuse(WebhookOutcome.MalformedBody, "MalformedBody", $"The body is not JSON: {ex.Message}");
        }

        WebStoreOrderRead read;
        using (document)
        {
            read = WebStoreOrderJson.Read(document.RootElement);
        }

        var orderId = read.Order is { } named ? new OrderId(SalesChannel.Web, Shop, named.Id).ToString() : null;
        if (!read.IsValid)
        {
            return Refuse(WebhookOutcome.InvalidOrder, "InvalidOrder", "The order is not valid; see errors.", orderId, [.. read.Errors]);
        }

        PlatformUpdateResult result;
        try
        {
            result = await GrainFactory.GetGrain<IOrderGrain>(orderId!).ApplyPlatformUpdate(read.Order!.ToUpdate());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogApplyFailed(ex, Shop, delivery.DeliveryId, orderId!);
            return Refuse(WebhookOutcome.Unavailable, "Unavailable", "The order could not be applied now; retry the same delivery.", orderId);
        }

        if (result.Outcome == PlatformUpdateOutcome.Rejected)
        {
            // The order grain says "{Reason}: {detail}" (UnknownSku, UnresolvableAddress, InvalidLines …).
            var detail = result.Detail ?? "rejected";
            var colon = detail.IndexOf(':', StringComparison.Ordinal);
            var reason = colon > 0 ? detail[..colon] : "InvalidOrder";
            return Refuse(WebhookOutcome.InvalidOrder, reason, detail, orderId, [new WebhookFieldError("$", detail)]);
        }

        var outcome = result.Outcome switch
        {
            PlatformUpdateOutcome.Created => WebhookOutcome.Created,
            PlatformUpdateOutcome.Updated => WebhookOutcome.Updated,
            PlatformUpdateOutcome.Ignored => WebhookOutcome.Ignored,
            _ => WebhookOutcome.Unchanged,
        };
        var now = time.GetUtcNow();
        _seen = _seen.Remember(delivery);
        S.Accepted++;
        S.LastAcceptedAt = now;
        if (outcome == WebhookOutcome.Created)
        {
            S.OrdersCreated++;
            S.LastOrderCreatedAt = now;
        }

        try
        {
            if (_commit.Failed)
            {
                throw new InvalidOperationException("An earlier inbox write failed.");
            }

            await _commit.Add(delivery.DeliveryId);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The order is durable; the seen-set is not. A retry re-applies, which newer-wins makes harmless.
            // In-memory state is ahead of storage now: only a reload can be trusted.
            DeactivateOnIdle();
            LogPersistFailed(ex, Shop, delivery.DeliveryId);
            return Refuse(WebhookOutcome.Unavailable, "Unavailable", "The delivery could not be recorded now; retry the same delivery.", orderId);
        }

        LogAccepted(Shop, delivery.DeliveryId, orderId!, outcome);
        return new WebhookReceipt(outcome, null, result.Detail, orderId, []);
    }

    private Task Persist()
    {
        S.Seen = [.. _seen.Entries.Select(e => new RememberedDelivery(e.DeliveryId, e.BodyDigest, e.SignedAt))];
        return state.WriteStateAsync();
    }

    private WebhookReceipt Refuse(WebhookOutcome outcome, string reason, string detail, string? orderId = null, ImmutableArray<WebhookFieldError> errors = default)
    {
        _refused[reason] = _refused.GetValueOrDefault(reason) + 1;
        (_lastRefusedAt, _lastRefusal) = (time.GetUtcNow(), $"{reason}: {detail}");
        LogRefused(Shop, outcome, reason, detail);
        return new WebhookReceipt(outcome, reason, detail, orderId, errors.IsDefault ? [] : errors);
    }

    private static string Explain(WebhookRejection rejection, TimeSpan tolerance) => rejection switch
    {
        WebhookRejection.MalformedTimestamp => $"{WebStoreWebhook.TimestampHeader} is missing or not Unix seconds.",
        WebhookRejection.MalformedSignature => $"{WebStoreWebhook.SignatureHeader} is missing or not 64 hexadecimal characters.",
        WebhookRejection.TimestampOutsideWindow => $"{WebStoreWebhook.TimestampHeader} is more than {tolerance.TotalMinutes:0} minutes from now: sign each delivery (and each retry) when sending it, with a synchronised clock.",
        _ => $"{WebStoreWebhook.SignatureHeader} does not match HMAC-SHA256 over '{{timestamp}}.{{body}}' with the shop's webhook secret.",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Web shop {Shop}: webhook delivery refused ({Outcome} {Reason}): {Detail}")]
    private partial void LogRefused(string shop, WebhookOutcome outcome, string reason, string detail);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Web shop {Shop}: delivery {DeliveryId} for {OrderId}: {Outcome}")]
    private partial void LogAccepted(string shop, string deliveryId, string orderId, WebhookOutcome outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Web shop {Shop}: delivery {DeliveryId} could not be applied to {OrderId}")]
    private partial void LogApplyFailed(Exception ex, string shop, string deliveryId, string orderId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Web shop {Shop}: delivery {DeliveryId} was applied but the inbox could not record it")]
    private partial void LogPersistFailed(Exception ex, string shop, string deliveryId);
}
