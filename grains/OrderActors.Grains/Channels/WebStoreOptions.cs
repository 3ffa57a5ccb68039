namespace OrderActors.Grains.Channels;

/// <summary>
/// The seller's own web store, from <c>OrderActors:Channels:Web</c>. For the pull fallback:
/// <see cref="PlatformAppOptions.GatewayUrl"/> is the store's order API base (<c>https://shop.example.com/webstore/api/</c>),
/// <see cref="PlatformAppOptions.TokenUrl"/> its OAuth token endpoint (<c>…/webstore/oauth/token</c>), and
/// <see cref="PlatformAppOptions.AppKey"/>/<see cref="PlatformAppOptions.AppSecret"/> the OAuth client id and
/// secret OrderActors was registered with (the secret from the environment). One store API serves every
/// web shop of the seller; each shop's access token says which. The webhook needs none of this: it
/// works with the shop's webhook secret alone.
/// </summary>
public sealed class WebStoreOptions : PlatformAppOptions
{
    public const string Section = "OrderActors:Channels:Web";

    /// <summary>How far a webhook's signed timestamp may be from the silo's clock, either way.</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Most delivery ids one shop's inbox remembers. Ids are kept only for the tolerance after their
    /// signing time anyway; this caps a burst (the whole set is rewritten with each durable batch).
    /// </summary>
    public int WebhookMemory { get; set; } = 20_000;
}
