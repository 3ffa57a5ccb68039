using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.Grains.Channels.Jd;

/// <summary>JD POP shops sell through JOS with the service's JD app.</summary>
internal sealed class JdAdapterProvider(IOptions<JdOptions> options, ChannelHttp http, [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time) : IPlatformAdapterProvider
{
    public IReadOnlyCollection<SalesChannel> Channels { get; } = [SalesChannel.JD];

    public string ConfigurationSection => JdOptions.Section;

    public IPlatformAdapter? Create()
    {
        var o = options.Value;
        return o.IsConfigured
            ? new JdAdapter(new JosClient(http.Client, new JosOptions(o.GatewayUrl!, o.TokenUrl!, o.AppKey!, o.AppSecret!), time))
            : null;
    }
}
