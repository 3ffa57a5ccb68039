using OrderActors.Domain.Channels.Taobao;

namespace OrderActors.Grains.Channels;

/// <summary>The Taobao/Tmall open-platform (TOP) app, from <c>OrderActors:Channels:Taobao</c>.</summary>
public sealed class TaobaoOptions : PlatformAppOptions
{
    public const string Section = "OrderActors:Channels:Taobao";

    public TopSignMethod SignMethod { get; set; } = TopSignMethod.Md5;
}
