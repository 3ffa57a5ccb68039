namespace OrderActors.Grains.Channels.Douyin;

/// <summary>
/// What <c>token.refresh</c> answered: the new access token (default lifetime 7 days) and the refresh
/// token to use next time (documented lifetime 14 days, not sent as a number, so not turned into an
/// expiry here), with the shop the authorisation belongs to.
/// </summary>
internal sealed record DouyinToken(
    string AccessToken,
    DateTimeOffset ExpiresAt,
    string? RefreshToken,
    string? ShopId,
    string? ShopName,
    string? Scope);
