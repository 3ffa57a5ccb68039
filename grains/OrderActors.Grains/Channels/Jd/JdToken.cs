namespace OrderActors.Grains.Channels.Jd;

/// <summary>
/// What JD's refresh endpoint answered: the new access token and refresh token, the expiry turned into
/// an instant on the client's clock. JD sends no lifetime for the refresh token.
/// </summary>
/// <param name="RefreshToken">Null when JD sent none: keep the old one.</param>
internal sealed record JdToken(string AccessToken, DateTimeOffset ExpiresAt, string? RefreshToken, string? OpenId, string? Uid, string? Scope);
