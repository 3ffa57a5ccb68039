namespace OrderActors.Grains.Channels.Pinduoduo;

/// <summary>
/// What <c>pdd.pop.auth.token.refresh</c> answered: the new access token and the refresh token to use
/// next time, with their expiries (from <c>expires_in</c> and <c>refresh_token_expires_in</c>, seconds)
/// as instants on the client's clock.
/// </summary>
/// <param name="OwnerId">owner_id: the shop (商家店铺id) the token belongs to.</param>
/// <param name="OwnerName">owner_name: the merchant account name.</param>
internal sealed record PddToken(
    string AccessToken,
    DateTimeOffset ExpiresAt,
    string? RefreshToken,
    DateTimeOffset? RefreshExpiresAt,
    string? OwnerId,
    string? OwnerName);
