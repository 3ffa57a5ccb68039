using System.Buffers.Text;
using System.Collections.Immutable;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;
using OrderActors.Domain.Tracking;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Tracking;

namespace OrderActors.Grains.Tracking;

/// <summary>Creates, lists and revokes tracking links, and opens them for the public page. State lives in <c>tracking_links</c>.</summary>
[StatelessWorker]
internal sealed class TrackingLinksGrain(
    TrackingLinkStore store,
    TrackingLinkKeys keys,
    [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time) : Grain, ITrackingLinksGrain
{
    async Task<TrackingLinkCreated?> ITrackingLinksGrain.Create(string orderId, string requestId)
    {
        if (await GrainFactory.GetGrain<IOrderGrain>(orderId).Get() is null)
        {
            return null;
        }

        // Two attempts: a concurrent create with the same request id wins the insert, and this one replays it.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (await store.ByRequest(orderId, requestId) is { } existing)
            {
                return new TrackingLinkCreated(existing.LinkId, Rederive(existing), existing.CreatedAt, true, existing.RevokedAt);
            }

            var keyId = keys.ActiveId ?? throw new InvalidOperationException(
                "No key derives tracking-link tokens: set OrderActors:Secrets:TokenKeys:<id> (32 random bytes, base64).");
            var nonce = TrackingToken.NewNonce();
            var token = TrackingToken.Derive(keys.Get(keyId)!, nonce, orderId);
            var link = new TrackingLinkRecord(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12)), orderId, requestId,
                TrackingToken.Hash(token), nonce, keyId, Microseconds(time.GetUtcNow()), null);
            if (await store.TryInsert(link))
            {
                return new TrackingLinkCreated(link.LinkId, token, link.CreatedAt, false, null);
            }
        }

        throw new InvalidOperationException($"Tracking link for {orderId} request {requestId} neither inserted nor found.");
    }

    async Task<ImmutableArray<TrackingLinkView>> ITrackingLinksGrain.List(string orderId) =>
        [.. (await store.ByOrder(orderId)).Select(View)];

    async Task<TrackingLinkView?> ITrackingLinksGrain.Revoke(string orderId, string linkId) =>
        await store.Revoke(orderId, linkId, time.GetUtcNow()) is { } revoked ? View(revoked) : null;

    async Task<PublicTracking?> ITrackingLinksGrain.Open(string token)
    {
        // Looked up by the token's SHA-256, never by the token: how long the index search takes says
        // something about a hash, which an attacker cannot steer towards a valid token.
        if (!TrackingToken.IsWellFormed(token) || await store.ByTokenHash(TrackingToken.Hash(token)) is not { RevokedAt: null } link)
        {
            return null;
        }

        var order = await GrainFactory.GetGrain<IOrderGrain>(link.OrderId).Get();
        if (order is null)
        {
            return null;
        }

        var timeline = await GrainFactory.GetGrain<ITrackingGrain>(link.OrderId).GetTimeline();
        var steps = timeline.Steps.Select(s => new PublicTrackingStep(s.Status, s.At)).ToImmutableArray();
        return new PublicTracking(
            steps.IsEmpty ? order.Status : steps[^1].Status,
            steps,
            timeline.Carrier ?? order.Carrier,
            timeline.WaybillNumber ?? order.WaybillNumber,
            [.. (timeline.CarrierEvents.IsDefault ? [] : timeline.CarrierEvents).Select(e => new PublicCarrierEvent(e.At, e.State, e.City, e.Description))],
            order.Address.City,
            PhoneMask.Mask(order.Address.Phone));
    }

    /// <summary>The token of a stored link, recomputed and checked against its hash in constant time.</summary>
    private string Rederive(TrackingLinkRecord link)
    {
        var key = keys.Get(link.KeyId) ?? throw new InvalidOperationException(
            $"Tracking link {link.LinkId} was made with key '{link.KeyId}', which this silo no longer has; create it with a new request id.");
        var token = TrackingToken.Derive(key, link.Nonce, link.OrderId);
        return CryptographicOperations.FixedTimeEquals(TrackingToken.Hash(token), link.TokenHash)
            ? token
            : throw new InvalidOperationException($"Tracking link {link.LinkId}: key '{link.KeyId}' does not give back its token.");
    }

    /// <summary>PostgreSQL keeps microseconds: the first answer shows the time a replay will read back.</summary>
    private static DateTimeOffset Microseconds(DateTimeOffset at) => at.AddTicks(-(at.Ticks % 10));

    private static TrackingLinkView View(TrackingLinkRecord link) => new(link.LinkId, link.CreatedAt, link.RevokedAt);
}
