namespace OrderActors.Grains.Channels;

/// <summary>
/// The service's application on one marketplace's open platform: where its gateway and token
/// endpoint are, and the app key and secret. Bound from <c>OrderActors:Channels:{Platform}</c>; the
/// secret comes from the environment (e.g. <c>OrderActors__Channels__Jd__AppSecret</c>), never from a
/// file in the repo. Pointing at the real platform or at a simulator is only this configuration.
/// </summary>
public class PlatformAppOptions
{
    public Uri? GatewayUrl { get; set; }

    public Uri? TokenUrl { get; set; }

    public string? AppKey { get; set; }

    public string? AppSecret { get; set; }

    public virtual bool IsConfigured =>
        GatewayUrl is not null && TokenUrl is not null && !string.IsNullOrWhiteSpace(AppKey) && !string.IsNullOrWhiteSpace(AppSecret);
}
