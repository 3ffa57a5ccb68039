namespace OrderActors.Domain.Channels.WebStore;

/// <summary>Why a webhook delivery was refused. The API answers 401 for each, with this reason.</summary>
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

    /// <summary>The same delivery (id, or signature when there is no id) was already accepted within the window.</summary>
    Replayed = 5,
}
