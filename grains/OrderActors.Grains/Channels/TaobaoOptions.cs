using OrderActors.Domain.Channels.Taobao;

namespace OrderActors.Grains.Channels;

/// <summary>
/// The service's Taobao/Tmall open-platform app, from "OrderActors:Channels:Taobao". The secret comes
/// from the environment (OrderActors__Channels__Taobao__AppSecret), never from a file in the repo.
/// Pointing at the real platform is this configuration, not code.
/// </summary>
public sealed class TaobaoOptions
{
    public const string Section = "OrderActors:Channels:Taobao";

    public Uri? GatewayUrl { get; set; }

    public Uri? TokenUrl { get; set; }

    public string? AppKey { get; set; }

    public string? AppSecret { get; set; }

    public TopSignMethod SignMethod { get; set; } = TopSignMethod.Md5;

    public bool IsConfigured => GatewayUrl is not null && TokenUrl is not null && !string.IsNullOrWhiteSpace(AppKey) && !string.IsNullOrWhiteSpace(AppSecret);
}
