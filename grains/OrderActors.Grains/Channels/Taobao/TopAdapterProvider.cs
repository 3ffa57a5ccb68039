using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.Grains.Channels.Taobao;

/// <summary>Taobao and Tmall shops both sell through TOP with the same app.</summary>
internal sealed class TopAdapterProvider(IOptions<TaobaoOptions> options, ChannelHttp http, [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time) : IPlatformAdapterProvider
{
    public IReadOnlyCollection<SalesChannel> Channels { get; } = [SalesChannel.Taobao, SalesChannel.Tmall];

    public string ConfigurationSection => TaobaoOptions.Section;

    public IPlatformAdapter? Create()
    {
        var o = options.Value;
        return o.IsConfigured
            ? new TopAdapter(new TopClient(http.Client, new TopOptions(o.GatewayUrl!, o.TokenUrl!, o.AppKey!, o.AppSecret!, o.SignMethod), time))
            : null;
    }
}
