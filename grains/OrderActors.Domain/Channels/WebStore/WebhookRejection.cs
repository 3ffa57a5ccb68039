namespace OrderActors.Domain.Channels.WebStore;

/// <summary>
/// Why a webhook delivery was refused. The receiver answers 401 for the four signature reasons (the
/// request is not authenticated as the store's), 400 for <see cref="MalformedDeliveryId"/> and 409
/// for <see cref="Replayed"/>, each with this reason in the problem body.
/// </summary>
public enum WebhookRejection
{
    None = 0,

    /// <summary>No timestamp, or not Unix seconds.</summary>
    MalformedTimestamp = 1,

    /// <summary>No signature, or not 64 hexadecimal characters.</summary>
    MalformedSignature = 2,

    /// <summary>The timestamp is further from now than the tolerance (old replay, or a wrong clock).</summary>
    TimestampOutsideWindow = 3,

    /// <summary>The signature does not match the body and timestamp under the shared secret.</summary>
    SignatureMismatch = 4,

    /// <summary>The delivery id was accepted before, within the window, for a different body: a replayed id, never a retry.</summary>
    Replayed = 5,

    /// <summary>A correctly signed delivery without a delivery id, or with one that is not 1-128 letters, digits, '.', '_', ':' or '-'.</summary>
    MalformedDeliveryId = 6,
}
