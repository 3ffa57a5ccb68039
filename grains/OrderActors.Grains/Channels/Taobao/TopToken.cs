namespace OrderActors.Grains.Channels.Taobao;

/// <summary>
/// What the OAuth token endpoint answered to a refresh: the access token (TOP's <c>session</c>
/// parameter) and the refresh token to use next time, with their expiries turned into instants on
/// the client's clock.
/// </summary>
/// <param name="RefreshToken">Null when the platform sent none (apps whose tokens cannot be refreshed).</param>
/// <param name="RefreshExpiresAt">From <c>re_expires_in</c>; null when not sent or 0.</param>
internal sealed record TopToken(
    string AccessToken,
    DateTimeOffset ExpiresAt,
    string? RefreshToken,
    DateTimeOffset? RefreshExpiresAt,
    string? UserId,
    string? UserNick);
