namespace OrderActors.GrainInterfaces.Channels;

/// <summary>
/// How to reach one shop: the seller's authorization (access token with its expiry, refresh token),
/// how often to pull, and where the first pull starts. App key and secret are the service's, from
/// the environment; tokens are per shop and stored with the connector.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.ShopConnection")]
public sealed record ShopConnection(
    [property: Id(0)] string AccessToken,
    [property: Id(1)] DateTimeOffset AccessTokenExpiresAt,
    [property: Id(2)] string? RefreshToken,
    [property: Id(3)] TimeSpan PullInterval,
    [property: Id(4)] DateTimeOffset? FirstPullFrom,
    [property: Id(5)] bool Enabled);
