namespace OrderActors.Grains.Channels.Jd;

/// <summary>
/// Where and as whom a <see cref="JosClient"/> calls. Pointing the client at JD or at the simulator is
/// only a matter of these values.
/// </summary>
/// <param name="GatewayUrl">The JOS entry point: <c>https://api.jd.com/routerjson</c> in production (the URL the
/// JOS SDKs use; <c>https://api-dev.jd.com/routerjson</c> is JD's test gateway), or the simulator's <c>/routerjson</c>.</param>
/// <param name="TokenUrl">JD's OAuth refresh endpoint: <c>https://open-oauth.jd.com/oauth2/refresh_token</c>
/// (JD's authorisation document, as quoted by several public clients), or the simulator's <c>/oauth2/refresh_token</c>.</param>
/// <param name="AppKey">The application's app_key.</param>
/// <param name="AppSecret">The application's app_secret: the signing key, and sent to the refresh endpoint.</param>
internal sealed record JosOptions(Uri GatewayUrl, Uri TokenUrl, string AppKey, string AppSecret)
{
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(GatewayUrl);
        ArgumentNullException.ThrowIfNull(TokenUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(AppKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(AppSecret);
    }
}
