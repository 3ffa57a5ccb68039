namespace OrderActors.Domain.Channels.WebStore;

/// <summary>The verdict on one delivery's authenticity.</summary>
/// <param name="SignedAt">The signed timestamp as an instant, when it parsed; what the seen-set is pruned by.</param>
public sealed record WebhookVerification(WebhookRejection Rejection, DateTimeOffset? SignedAt)
{
    public bool Accepted => Rejection == WebhookRejection.None;
}
