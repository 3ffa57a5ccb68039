namespace OrderActors.Domain.Channels.WebStore;

/// <summary>The verdict on one delivery, and the seen-set to keep for the next one.</summary>
public sealed record WebhookVerification(WebhookRejection Rejection, SeenDeliveries Seen)
{
    public bool Accepted => Rejection == WebhookRejection.None;
}
