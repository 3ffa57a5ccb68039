using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels.Douyin;
using OrderActors.Simulators.Douyin;

namespace OrderActors.Simulators.Tests;

public sealed class DouyinTokenTests
{
    private static readonly PullWindow Window = new(new DateTimeOffset(2024, 5, 1, 0, 0, 0, DouyinOrders.China), new DateTimeOffset(2024, 5, 1, 1, 0, 0, DouyinOrders.China));

    [Fact]
    public async Task An_expired_access_token_is_AuthExpired_and_the_refreshed_token_works()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        await bed.SeedAsync([DouyinOrders.Paid(5, Window.Start.AddMinutes(10))]);
        var adapter = bed.Adapter();
        Assert.Single((await adapter.ListModifiedAsync(bed.Session.AccessToken, Window, 1)).Orders);

        await bed.ExpireAsync(bed.Session.AccessToken);
        var expired = await Assert.ThrowsAsync<DouyinException>(() => adapter.ListModifiedAsync(bed.Session.AccessToken, Window, 1));
        var before = DateTimeOffset.UtcNow;
        var token = await adapter.RefreshAsync(bed.Session.RefreshToken);
        var page = await adapter.ListModifiedAsync(token.AccessToken, Window, 1);

        Assert.Equal("40003", expired.Code);
        Assert.Equal("isv.access-token-expired", expired.SubCode);
        Assert.Equal(PlatformErrorClass.AuthExpired, expired.ErrorClass);
        Assert.NotEqual(bed.Session.AccessToken, token.AccessToken);
        Assert.NotNull(token.RefreshToken);
        Assert.NotEqual(bed.Session.RefreshToken, token.RefreshToken);
        Assert.InRange(token.ExpiresAt, before.AddDays(1).AddSeconds(-5), DateTimeOffset.UtcNow.AddDays(1).AddSeconds(5));
        Assert.Equal(DouyinOrders.Id(5), Assert.Single(page.Orders).PlatformOrderId);
        Assert.Equal(1, (await bed.CallsAsync()).ByMethod["token.refresh"]);
    }

    [Fact]
    public async Task The_refresh_answer_names_the_shop()
    {
        await using var bed = await DouyinTestBed.StartAsync();

        var token = await bed.Client().RefreshTokenAsync(bed.Session.RefreshToken);

        Assert.Equal(DouyinTestBed.Shop, token.ShopName);
        Assert.False(string.IsNullOrEmpty(token.ShopId));
    }

    [Fact]
    public async Task A_used_refresh_token_is_refused_as_AuthExpired_and_the_old_access_token_stays_dead()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        var client = bed.Client();
        var token = await client.RefreshTokenAsync(bed.Session.RefreshToken);

        var reused = await Assert.ThrowsAsync<DouyinException>(() => client.RefreshTokenAsync(bed.Session.RefreshToken));
        var oldToken = await Assert.ThrowsAsync<DouyinException>(() => client.SearchByUpdateTimeAsync(bed.Session.AccessToken, Window, 0));
        var next = await client.RefreshTokenAsync(token.RefreshToken!);

        Assert.Equal("50001", reused.Code);
        Assert.Equal("dop.token-generate-failed:token-invalid", reused.SubCode);
        Assert.Equal(PlatformErrorClass.AuthExpired, reused.ErrorClass);
        Assert.Equal("isv.access-token-no-existed", oldToken.SubCode);
        Assert.Equal(PlatformErrorClass.AuthExpired, oldToken.ErrorClass);
        Assert.NotEqual(token.AccessToken, next.AccessToken);
    }

    [Fact]
    public async Task A_refresh_signed_with_the_wrong_secret_is_permanent()
    {
        await using var bed = await DouyinTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<DouyinException>(() => bed.Client(secret: "wrong").RefreshTokenAsync(bed.Session.RefreshToken));

        Assert.Equal("isv.signature-invalid", error.SubCode);
        Assert.Equal(PlatformErrorClass.Permanent, error.ErrorClass);
    }

    [Fact]
    public async Task A_call_without_an_access_token_is_refused_as_our_mistake()
    {
        await using var bed = await DouyinTestBed.StartAsync();

        using var body = await DouyinSearchListTests.SendRawAsync(bed, "order.orderDetail", """{"shop_order_id":"1"}""", accessToken: string.Empty);

        Assert.Equal(40001, body.RootElement.GetProperty("code").GetInt32());
        Assert.Equal("isv.access-token-missing", body.RootElement.GetProperty("sub_code").GetString());
    }

    [Fact]
    public void The_demo_shop_has_fixed_platform_prefixed_tokens()
    {
        Assert.Equal("douyin-demo-shop", DouyinSimulatorState.DemoShop);
        Assert.Equal("douyin-sim-token", DouyinSimulatorState.DemoAccessToken);
        Assert.Equal("douyin-sim-refresh", DouyinSimulatorState.DemoRefreshToken);
    }
}
