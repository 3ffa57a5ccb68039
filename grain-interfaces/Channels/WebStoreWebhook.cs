namespace OrderActors.GrainInterfaces.Channels;

/// <summary>
/// The names of the own web store's webhook, as the client API reads them (docs/channels-webstore.md
/// is the contract). The domain's WebStoreProtocol carries the same names for the signer's side.
/// </summary>
public static class WebStoreWebhook
{
    /// <summary>Unix seconds at which the store signed the delivery.</summary>
    public const string TimestampHeader = "X-OrderActors-Timestamp";

    /// <summary>Lowercase hexadecimal HMAC-SHA256 of <c>{timestamp}.{body}</c> under the shop's webhook secret.</summary>
    public const string SignatureHeader = "X-OrderActors-Signature";

    /// <summary>The store's id of the delivery; a retry carries the same id and the same body.</summary>
    public const string DeliveryIdHeader = "X-OrderActors-Delivery-Id";

    /// <summary>The largest body the receiver reads (256 KiB).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Shortest webhook secret a shop is connected with.</summary>
    public const int MinSecretLength = 32;

    /// <summary>Longest webhook secret a shop is connected with.</summary>
    public const int MaxSecretLength = 256;
}
