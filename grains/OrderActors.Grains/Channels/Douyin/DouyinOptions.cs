using OrderActors.Domain.Channels.Douyin;

namespace OrderActors.Grains.Channels.Douyin;

/// <summary>
/// The Douyin shop (抖店) open-platform app, from <c>OrderActors:Channels:Douyin</c>:
/// <c>GatewayUrl</c> (<c>https://openapi-fxg.jinritemai.com</c> in production; a method's path is
/// appended to it), <c>AppKey</c>, <c>AppSecret</c> (from the environment, e.g.
/// <c>OrderActors__Channels__Douyin__AppSecret</c>). Douyin refreshes tokens with <c>token.refresh</c> on the
/// same gateway, so <c>TokenUrl</c> is optional: set it only to send token calls to another host.
/// </summary>
public sealed class DouyinOptions : PlatformAppOptions
{
    public const string Section = "OrderActors:Channels:Douyin";

    /// <summary><c>hmac-sha256</c> by default, as the official SDKs sign; <c>md5</c> is also accepted by the platform.</summary>
    public DoudianSignMethod SignMethod { get; set; } = DoudianSignMethod.HmacSha256;

    /// <summary>
    /// Read every listed order again with <c>order.orderDetail</c>. Off by default: <c>order.searchList</c>
    /// returns whole shop orders (lines, amounts, ciphertext address), so the detail is only fetched for
    /// an order the list shows partly. Turn it on if the list is seen lagging behind the detail.
    /// </summary>
    public bool AlwaysReadDetail { get; set; }

    public override bool IsConfigured =>
        GatewayUrl is not null && !string.IsNullOrWhiteSpace(AppKey) && !string.IsNullOrWhiteSpace(AppSecret);
}
