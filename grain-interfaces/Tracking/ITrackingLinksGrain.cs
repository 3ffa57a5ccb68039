using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Tracking;

/// <summary>
/// Customers' self-service tracking links (stateless worker; key 0). A link's token is shown once, at
/// creation (and again to a retry with the same request id); the cluster keeps only its SHA-256.
/// </summary>
public interface ITrackingLinksGrain : IGrainWithIntegerKey
{
    /// <summary>Creates a link for the order, idempotent by <paramref name="requestId"/>; null when the order does not exist.</summary>
    Task<TrackingLinkCreated?> Create(string orderId, string requestId);

    /// <summary>The order's links, newest first, without tokens.</summary>
    Task<ImmutableArray<TrackingLinkView>> List(string orderId);

    /// <summary>Revokes a link of the order (idempotent); null when the order has no such link.</summary>
    Task<TrackingLinkView?> Revoke(string orderId, string linkId);

    /// <summary>
    /// What the link's holder may see; null for a malformed, unknown or revoked token alike, so the answer
    /// tells a guesser nothing. Reads only: opening a link changes no state of the link.
    /// </summary>
    Task<PublicTracking?> Open(string token);
}
