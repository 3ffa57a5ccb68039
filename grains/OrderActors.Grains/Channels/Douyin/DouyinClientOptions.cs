using OrderActors.Domain.Channels.Douyin;

namespace OrderActors.Grains.Channels.Douyin;

/// <summary>
/// Where and as whom a <see cref="DouyinClient"/> calls. Pointing it at the real platform or at the
/// simulator is only a matter of these values.
/// </summary>
/// <param name="GatewayUrl">The open-API host: <c>https://openapi-fxg.jinritemai.com</c> in production
/// (the official SDKs' default), or the simulator's base address. Method <c>order.searchList</c> is
/// called at <c>{GatewayUrl}/order/searchList</c>.</param>
/// <param name="AppKey">The application's app_key.</param>
/// <param name="AppSecret">The application's app_secret (the signing key).</param>
/// <param name="SignMethod">Which digest signs requests.</param>
/// <param name="TokenGatewayUrl">Where <c>token.refresh</c> goes; the gateway when null.</param>
internal sealed record DouyinClientOptions(
    Uri GatewayUrl,
    string AppKey,
    string AppSecret,
    DoudianSignMethod SignMethod = DoudianSignMethod.HmacSha256,
    Uri? TokenGatewayUrl = null)
{
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(GatewayUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(AppKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(AppSecret);
    }
}
