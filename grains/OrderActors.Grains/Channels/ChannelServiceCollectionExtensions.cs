using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrderActors.Grains.Channels.Pinduoduo;
using OrderActors.Grains.Channels.Jd;
using OrderActors.Grains.Channels.Taobao;

namespace OrderActors.Grains.Channels;

public static class ChannelServiceCollectionExtensions
{
    /// <summary>Connectors' services: every platform's adapter, bound to its configuration section, the shared HTTP client, token encryption.</summary>
    public static IServiceCollection AddOrderActorsChannels(this IServiceCollection services)
    {
        services.TryAddSingleton<ChannelHttp>();
        services.TryAddSingleton<PlatformAdapters>();
        services.TryAddSingleton<TokenProtector>();
        services.TryAddSingleton<ChannelOrderStore>();
        services.AddOptions<TokenProtectionOptions>().BindConfiguration(TokenProtectionOptions.Section);
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.Section);
        services.AddPlatform<TopAdapterProvider, TaobaoOptions>(TaobaoOptions.Section);
        services.AddPlatform<PddAdapterProvider, PinduoduoOptions>(PinduoduoOptions.Section);
        services.AddPlatform<JdAdapterProvider, JdOptions>(JdOptions.Section);
        services.AddPlatform<Douyin.DouyinAdapterProvider, Douyin.DouyinOptions>(Douyin.DouyinOptions.Section);
        services.AddPlatform<WebStore.WebStoreAdapterProvider, WebStoreOptions>(WebStoreOptions.Section);
        return services;
    }

    private static void AddPlatform<TProvider, TOptions>(this IServiceCollection services, string section)
        where TProvider : class, IPlatformAdapterProvider
        where TOptions : class
    {
        services.AddOptions<TOptions>().BindConfiguration(section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPlatformAdapterProvider, TProvider>());
    }
}
