using OrderActors.Domain.Channels.Taobao;

namespace OrderActors.Grains.Channels.Taobao;

/// <summary>
/// Where and as whom a <see cref="TopClient"/> calls. Pointing the client at the real platform or at
/// the simulator is only a matter of these values.
/// </summary>
/// <param name="GatewayUrl">The TOP REST entry point: <c>https://eco.taobao.com/router/rest</c> in production
/// (documented, with <c>http://gw.api.taobao.com/router/rest</c> for plain HTTP), or the simulator's <c>/router/rest</c>.</param>
/// <param name="TokenUrl">The OAuth 2.0 token endpoint: <c>https://oauth.taobao.com/token</c> in production (documented).</param>
/// <param name="AppKey">The application's AppKey (also the OAuth <c>client_id</c>).</param>
/// <param name="AppSecret">The application's AppSecret (the signing key, and the OAuth <c>client_secret</c>).</param>
/// <param name="SignMethod">Which of TOP's digests signs requests.</param>
internal sealed record TopOptions(
    Uri GatewayUrl,
    Uri TokenUrl,
    string AppKey,
    string AppSecret,
    TopSignMethod SignMethod = TopSignMethod.Md5)
{
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(GatewayUrl);
        ArgumentNullException.ThrowIfNull(TokenUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(AppKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(AppSecret);
    }
}
