using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.Grains.Channels.WebStore;

/// <summary>The seller's own web store: channel <c>web</c>. Without the store's API configured, web shops still take webhooks.</summary>
internal sealed class WebStoreAdapterProvider(IOptions<WebStoreOptions> options, ChannelHttp http, [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time) : IPlatformAdapterProvider
{
    public IReadOnlyCollection<SalesChannel> Channels { get; } = [SalesChannel.Web];

    public string ConfigurationSection => WebStoreOptions.Section;

    public IPlatformAdapter? Create()
    {
        var o = options.Value;
        return o.IsConfigured
            ? new WebStoreAdapter(new WebStoreClient(http.Client, new WebStoreClientOptions(o.GatewayUrl!, o.TokenUrl!, o.AppKey!, o.AppSecret!), time))
            : null;
    }
}
