using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.WebStore;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Channels.WebStore;

namespace OrderActors.Simulators.Tests;

/// <summary>The adapter, the receiver and the simulator agree on the contract's names and limits.</summary>
public sealed class WebStoreContractTests
{
    private static readonly WebStoreAdapter Adapter = new(new WebStoreClient(
        new HttpClient(), new WebStoreClientOptions(new Uri("http://store.invalid/webstore/api"), new Uri("http://store.invalid/webstore/oauth/token"), "app", "secret"), TimeProvider.System));

    [Fact]
    public void The_adapter_pulls_with_the_contracts_limits_backwards()
    {
        Assert.Same(PlatformPullRules.WebStore, Adapter.Rules);
        Assert.Equal(TimeSpan.FromDays(1), Adapter.Rules.MaxWindow);
        Assert.Equal(TimeSpan.FromDays(90), Adapter.Rules.MaxLookback);
        Assert.Equal(100, Adapter.PageSize);
        Assert.Equal(WebStoreProtocol.MaxPageSize, Adapter.PageSize);
        Assert.Equal(PagingDirection.Backward, Adapter.Paging);
    }

    [Fact]
    public void The_receiver_reads_the_headers_the_store_signs_with()
    {
        Assert.Equal(WebStoreProtocol.TimestampHeader, WebStoreWebhook.TimestampHeader);
        Assert.Equal(WebStoreProtocol.SignatureHeader, WebStoreWebhook.SignatureHeader);
        Assert.Equal(WebStoreProtocol.DeliveryIdHeader, WebStoreWebhook.DeliveryIdHeader);
        Assert.Equal(WebStoreProtocol.MaxBodyBytes, WebStoreWebhook.MaxBodyBytes);
        Assert.Equal(WebStoreProtocol.DefaultTolerance, new WebStoreOptions().WebhookTolerance);
    }

    [Fact]
    public void The_web_channel_is_served_by_the_web_store_section()
    {
        Assert.Equal("OrderActors:Channels:Web", WebStoreOptions.Section);
        Assert.False(new WebStoreOptions().IsConfigured);
    }
}
