using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.Grains.Channels.Douyin;

/// <summary>Douyin shops (sales channel <c>douyin</c>) through the 抖店 open platform app.</summary>
internal sealed class DouyinAdapterProvider(IOptions<DouyinOptions> options, ChannelHttp http, [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time) : IPlatformAdapterProvider
{
    public IReadOnlyCollection<SalesChannel> Channels { get; } = [SalesChannel.Douyin];

    public string ConfigurationSection => DouyinOptions.Section;

    public IPlatformAdapter? Create()
    {
        var o = options.Value;
        return o.IsConfigured
            ? new DouyinAdapter(new DouyinClient(http.Client, new DouyinClientOptions(o.GatewayUrl!, o.AppKey!, o.AppSecret!, o.SignMethod, o.TokenUrl), time), o.AlwaysReadDetail)
            : null;
    }
}
