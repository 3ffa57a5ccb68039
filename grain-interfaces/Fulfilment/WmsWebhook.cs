using OrderActors.GrainInterfaces.Channels;

namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>
/// The names of the WMS event webhook (docs/wms.md is the contract). The headers and the signature
/// are the web store webhook's, so one signer and one verifier serve both; the event id is in the
/// signed body, so no delivery id header is needed.
/// </summary>
public static class WmsWebhook
{
    /// <summary>Unix seconds at which the WMS signed the request.</summary>
    public const string TimestampHeader = WebStoreWebhook.TimestampHeader;

    /// <summary>Lowercase hexadecimal HMAC-SHA256 of <c>{timestamp}.{body}</c> under the warehouse's secret.</summary>
    public const string SignatureHeader = WebStoreWebhook.SignatureHeader;

    /// <summary>The largest body the receiver reads (16 KiB; one event is a few hundred bytes).</summary>
    public const int MaxBodyBytes = 16 * 1024;

    /// <summary>Shortest warehouse secret the silo starts with.</summary>
    public const int MinSecretLength = WebStoreWebhook.MinSecretLength;
}
