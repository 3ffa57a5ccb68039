using Microsoft.Extensions.Time.Testing;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Jd;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Channels.Jd;

namespace OrderActors.Simulators.Tests;

public sealed class JdAdapterTests
{
    [Fact]
    public void The_adapter_pulls_within_JDs_documented_limits()
    {
        using var http = new HttpClient();
        var gateway = new Uri("http://jos.invalid/routerjson");
        var adapter = new JdAdapter(new JosClient(http, new JosOptions(gateway, gateway, "app", "secret"), TimeProvider.System));
        var start = new DateTimeOffset(2024, 2, 29, 12, 0, 0, JdOrders.China);

        Assert.Same(PlatformPullRules.Jd, adapter.Rules);
        adapter.Rules.Validate();
        Assert.True(JdSearchWindow.IsAllowed(start, start + adapter.Rules.MaxWindow));   // one window is one allowed search
        Assert.True(adapter.Rules.Overlap > TimeSpan.Zero);
        Assert.Null(adapter.Rules.MaxLookback);                                          // not documented
        Assert.Equal(50, adapter.PageSize);                                              // "最大page_size 50条"
        Assert.Equal(JosClient.MaxPageSize, adapter.PageSize);
        Assert.Equal(PagingDirection.Backward, adapter.Paging);
    }

    [Fact]
    public void The_provider_serves_jd_shops_once_the_app_is_configured()
    {
        using var http = new ChannelHttp();
        var unconfigured = new JdAdapterProvider(Microsoft.Extensions.Options.Options.Create(new JdOptions()), http, TimeProvider.System);
        var configured = new JdAdapterProvider(
            Microsoft.Extensions.Options.Options.Create(new JdOptions
            {
                GatewayUrl = new Uri("https://api.jd.com/routerjson"),
                TokenUrl = new Uri("https://open-oauth.jd.com/oauth2/refresh_token"),
                AppKey = "key",
                AppSecret = "secret",
            }),
            http,
            TimeProvider.System);

        Assert.Equal([OrderActors.GrainInterfaces.Keys.SalesChannel.JD], configured.Channels);
        Assert.Equal("OrderActors:Channels:Jd", configured.ConfigurationSection);
        Assert.Null(unconfigured.Create());
        Assert.IsType<JdAdapter>(configured.Create());
    }

    [Fact]
    public async Task An_order_that_becomes_visible_late_with_an_older_modified_time_is_found_by_the_overlapping_next_pull()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 12, 0, 0, JdOrders.China));
        await using var bed = await JdTestBed.StartAsync(clock);
        var adapter = bed.Adapter();
        var rules = adapter.Rules;
        // Modified two minutes before the first pull, but JD's index shows it only a minute after that pull.
        var late = JdOrders.Paid(88, clock.GetUtcNow().AddMinutes(-2)) with { VisibleAt = clock.GetUtcNow().AddMinutes(1) };
        await bed.SeedAsync([late, JdOrders.Paid(1, clock.GetUtcNow().AddMinutes(-30))]);

        var firstPlan = PullWindowPlanner.Plan(rules, checkpoint: null, clock.GetUtcNow(), clock.GetUtcNow().AddHours(-1));
        var first = await PullAll(adapter, bed.Token, firstPlan);
        var checkpoint = firstPlan.Windows[^1].End;
        clock.Advance(TimeSpan.FromMinutes(3));
        var secondPlan = PullWindowPlanner.Plan(rules, checkpoint, clock.GetUtcNow(), clock.GetUtcNow());
        var second = await PullAll(adapter, bed.Token, secondPlan);

        Assert.Equal(["1"], first);
        Assert.True(secondPlan.Windows[0].Start <= late.Modified);               // the overlap reaches back past it
        Assert.Contains("88", second);
    }

    private static async Task<List<string>> PullAll(JdAdapter adapter, string token, PullPlan plan)
    {
        var ids = new List<string>();
        foreach (var window in plan.Windows)
        {
            var first = await adapter.ListModifiedAsync(token, window, 1);
            var pages = (int)Math.Max(1, (first.TotalResults!.Value + adapter.PageSize - 1) / adapter.PageSize);
            for (var page = pages; page >= 1; page--)
            {
                var data = page == 1 ? first : await adapter.ListModifiedAsync(token, window, page);
                ids.AddRange(data.Orders.Select(o => o.PlatformOrderId));
            }
        }

        return ids;
    }
}
