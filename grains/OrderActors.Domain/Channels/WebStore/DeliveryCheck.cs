namespace OrderActors.Domain.Channels.WebStore;

/// <summary>What the seen-set says about an authenticated delivery.</summary>
public enum DeliveryCheck
{
    /// <summary>Not seen within the window: apply it.</summary>
    New = 0,

    /// <summary>The same delivery id with the same body was accepted before: a retry. Answer success, change nothing.</summary>
    Duplicate = 1,

    /// <summary>The same delivery id came with a different body: refuse it (<see cref="WebhookRejection.Replayed"/>).</summary>
    Conflict = 2,
}
