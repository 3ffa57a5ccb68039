namespace OrderActors.GrainInterfaces.Channels;

/// <summary>What the webhook inbox did with a delivery. The first five are durable successes.</summary>
[GenerateSerializer, Alias("oa.WebhookOutcome")]
public enum WebhookOutcome
{
    /// <summary>A paid order seen for the first time: recorded and routed.</summary>
    Created = 0,

    /// <summary>A newer version of a known order: applied (e.g. cancelled in the store).</summary>
    Updated = 1,

    /// <summary>Not newer than what the order holds (its updated_at): nothing changed.</summary>
    Unchanged = 2,

    /// <summary>Not recorded yet: not paid, or cancelled before it was ever recorded.</summary>
    Ignored = 3,

    /// <summary>The same delivery (id and body) was accepted before: nothing changed.</summary>
    Duplicate = 4,

    /// <summary>Not signed by the shop's secret, or signed too long ago or ahead (401).</summary>
    Unauthorized = 5,

    /// <summary>A delivery id accepted before, now with another body (409).</summary>
    Replayed = 6,

    /// <summary>Signed, but without a usable delivery id (400).</summary>
    BadDeliveryId = 7,

    /// <summary>Signed, but the body is not a JSON object (400).</summary>
    MalformedBody = 8,

    /// <summary>Signed JSON that is not a valid order, or an order this system refuses (unknown SKU, address) (422).</summary>
    InvalidOrder = 9,

    /// <summary>No web store shop with a webhook secret under this name (404).</summary>
    UnknownShop = 10,

    /// <summary>The order or the inbox could not be made durable now; the store should retry the same delivery (503).</summary>
    Unavailable = 11,
}
