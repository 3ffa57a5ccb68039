using OrderActors.GrainInterfaces.Channels;

namespace OrderActors.Grains.Channels;

/// <summary>The own web store's side of the connector: the webhook secret for the shop's inbox.</summary>
internal sealed partial class ChannelConnectorGrain
{
    // [AlwaysInterleave] on the interface method: it reads _clear, which a pull only ever replaces whole
    // (one reference assignment), and it has no await, so it cannot observe a half-made change.
    Task<string?> IChannelConnectorGrain.GetWebhookSecret() => Task.FromResult(_clear?.WebhookSecret);
}
