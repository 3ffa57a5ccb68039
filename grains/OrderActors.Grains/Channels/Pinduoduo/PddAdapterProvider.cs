using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.Grains.Channels.Pinduoduo;

/// <summary>Pinduoduo shops, with the app configured under <see cref="PinduoduoOptions.Section"/>.</summary>
internal sealed class PddAdapterProvider(IOptions<PinduoduoOptions> options, ChannelHttp http, [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time) : IPlatformAdapterProvider
{
    public IReadOnlyCollection<SalesChannel> Channels { get; } = [SalesChannel.Pinduoduo];

    public string ConfigurationSection => PinduoduoOptions.Section;

    public IPlatformAdapter? Create()
    {
        var o = options.Value;
        return o.IsConfigured
            ? new PddAdapter(new PddClient(http.Client, new PddOptions(o.GatewayUrl!, o.AppKey!, o.AppSecret!), time), o.ReceiverText)
            : null;
    }
}
