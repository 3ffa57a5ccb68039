using OrderActors.Grains.Channels.Pinduoduo;

namespace OrderActors.Grains.Channels;

/// <summary>
/// The Pinduoduo open-platform app, from <c>OrderActors:Channels:Pinduoduo</c>: <see cref="PlatformAppOptions.GatewayUrl"/>
/// (<c>https://gw-api.pinduoduo.com/api/router</c> in production), <see cref="PlatformAppOptions.AppKey"/> is
/// the <c>client_id</c> and <see cref="PlatformAppOptions.AppSecret"/> the <c>client_secret</c>. No token URL:
/// Pinduoduo refreshes tokens with the gateway method <c>pdd.pop.auth.token.refresh</c>.
/// </summary>
public sealed class PinduoduoOptions : PlatformAppOptions
{
    public const string Section = "OrderActors:Channels:Pinduoduo";

    /// <summary>What goes into an order's recipient, phone and street when Pinduoduo sends them encrypted (see <see cref="PddReceiverText"/>).</summary>
    public PddReceiverText ReceiverText { get; set; } = PddReceiverText.Ciphertext;

    public override bool IsConfigured =>
        GatewayUrl is not null && !string.IsNullOrWhiteSpace(AppKey) && !string.IsNullOrWhiteSpace(AppSecret);
}
