namespace OrderActors.Grains.Channels.Pinduoduo;

/// <summary>
/// Where and as whom a <see cref="PddClient"/> calls. Pointing the client at the real platform or at the
/// simulator is only a matter of these values.
/// </summary>
/// <param name="GatewayUrl">The POP gateway: <c>https://gw-api.pinduoduo.com/api/router</c> in production
/// (documented, with plain-HTTP <c>http://gw-api.pinduoduo.com/api/router</c>), or the simulator's <c>/api/router</c>.</param>
/// <param name="ClientId">The app's <c>client_id</c>.</param>
/// <param name="ClientSecret">The app's <c>client_secret</c>: the signing key.</param>
internal sealed record PddOptions(Uri GatewayUrl, string ClientId, string ClientSecret)
{
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(GatewayUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(ClientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(ClientSecret);
    }
}
