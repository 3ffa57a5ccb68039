using Microsoft.Extensions.Options;
using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Channels.Pinduoduo;
using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.Simulators.Tests;

public sealed class PddAdapterTests
{
    [Fact]
    public void The_pull_rules_and_page_size_are_Pinduoduos_documented_limits()
    {
        var adapter = new PddAdapter(new PddClient(new HttpClient(), new PddOptions(new Uri("http://pdd.invalid/api/router"), "c", "s"), TimeProvider.System));

        adapter.Rules.Validate();
        Assert.Equal(TimeSpan.FromMinutes(30), adapter.Rules.MaxWindow);          // end_updated_at − start_updated_at ≤ 30 min
        Assert.Equal(PddClient.MaxIncrementWindow, adapter.Rules.MaxWindow);
        Assert.Equal(TimeSpan.FromDays(90), adapter.Rules.MaxLookback);           // orders of the last three months
        Assert.Equal(TimeSpan.FromMinutes(3), adapter.Rules.SettleLag);           // end at least 3 min before the platform's time
        Assert.True(adapter.Rules.Overlap > TimeSpan.Zero);
        Assert.Equal(100, adapter.PageSize);                                      // page_size ≤ 100
        Assert.Equal(PddClient.MaxPageSize, adapter.PageSize);
        Assert.Equal(PagingDirection.Backward, adapter.Paging);                   // 必须采用倒序的分页方式
    }

    [Fact]
    public void Every_window_the_planner_makes_is_one_the_client_accepts()
    {
        var now = new DateTimeOffset(2024, 5, 1, 12, 0, 0, 123, TimeSpan.Zero);
        var plan = PullWindowPlanner.Plan(PlatformPullRules.Pinduoduo, checkpoint: now.AddHours(-30), now, now);

        Assert.Equal(PlatformPullRules.Pinduoduo.MaxWindowsPerPlan, plan.Windows.Count);
        Assert.All(plan.Windows, w => Assert.InRange(w.Length, TimeSpan.FromSeconds(1), PddClient.MaxIncrementWindow));
    }

    [Fact]
    public void The_provider_needs_a_gateway_and_the_client_credentials_but_no_token_url()
    {
        using var http = new ChannelHttp();
        var empty = new PddAdapterProvider(Options.Create(new PinduoduoOptions()), http, TimeProvider.System);
        var configured = new PddAdapterProvider(
            Options.Create(new PinduoduoOptions { GatewayUrl = new Uri("http://127.0.0.1:9100/api/router"), AppKey = "client", AppSecret = "secret" }),
            http,
            TimeProvider.System);

        Assert.Null(empty.Create());
        Assert.IsType<PddAdapter>(configured.Create());
        Assert.Equal([SalesChannel.Pinduoduo], configured.Channels);
        Assert.Equal("OrderActors:Channels:Pinduoduo", configured.ConfigurationSection);
        Assert.Equal("pdd", SalesChannel.Pinduoduo.Code());
    }
}
