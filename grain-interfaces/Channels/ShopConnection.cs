namespace OrderActors.GrainInterfaces.Channels;

/// <summary>
/// How to reach one shop: the seller's authorization (access token with its expiry, refresh token),
/// how often to pull, and where the first pull starts. App key and secret are the service's, from
/// the environment; tokens are per shop, stored with the connector and encrypted at rest.
/// </summary>
/// <param name="SilenceThreshold">How long the shop may bring no new order before the silence alert (null: the service default, 10 minutes).</param>
/// <param name="WebhookSecret">Own web store only: the key its pushed orders are signed with.</param>
[GenerateSerializer, Immutable, Alias("oa.ShopConnection")]
public sealed record ShopConnection(
    [property: Id(0)] string AccessToken,
    [property: Id(1)] DateTimeOffset AccessTokenExpiresAt,
    [property: Id(2)] string? RefreshToken,
    [property: Id(3)] TimeSpan PullInterval,
    [property: Id(4)] DateTimeOffset? FirstPullFrom,
    [property: Id(5)] bool Enabled,
    [property: Id(6)] TimeSpan? SilenceThreshold = null,
    [property: Id(7)] string? WebhookSecret = null);
