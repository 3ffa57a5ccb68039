using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels.Jd;
using OrderActors.Simulators;
using OrderActors.Simulators.Jd;

namespace OrderActors.Simulators.Tests;

public sealed class JdTokenTests
{
    private static readonly PullWindow Window = new(new DateTimeOffset(2024, 5, 1, 0, 0, 0, JdOrders.China), new DateTimeOffset(2024, 5, 1, 1, 0, 0, JdOrders.China));

    [Fact]
    public async Task An_expired_access_token_is_code_19_AuthExpired_and_the_refreshed_token_works()
    {
        await using var bed = await JdTestBed.StartAsync();
        await bed.SeedAsync([JdOrders.Paid(5, Window.Start.AddMinutes(10))]);
        var adapter = bed.Adapter();
        Assert.Single((await adapter.ListModifiedAsync(bed.Token, Window, 1)).Orders);

        var expire = await bed.Http.PostAsync(new Uri($"sim/jd/sessions/{bed.Token}/expire", UriKind.Relative), null);
        expire.EnsureSuccessStatusCode();
        var expired = await Assert.ThrowsAsync<JdException>(() => adapter.ListModifiedAsync(bed.Token, Window, 1));
        var before = DateTimeOffset.UtcNow;
        var token = await adapter.RefreshAsync(bed.Session.RefreshToken);
        var page = await adapter.ListModifiedAsync(token.AccessToken, Window, 1);

        Assert.Equal("19", expired.Code);
        Assert.Equal(PlatformErrorClass.AuthExpired, expired.ErrorClass);
        Assert.NotEqual(bed.Token, token.AccessToken);
        Assert.NotNull(token.RefreshToken);
        Assert.NotEqual(bed.Session.RefreshToken, token.RefreshToken);
        Assert.InRange(token.ExpiresAt, before.AddDays(1).AddSeconds(-5), DateTimeOffset.UtcNow.AddDays(1).AddSeconds(5));
        Assert.Null(token.RefreshExpiresAt);                                       // JD sends no refresh-token lifetime
        Assert.Equal("5", Assert.Single(page.Orders).PlatformOrderId);
    }

    [Fact]
    public async Task The_refresh_answer_carries_JDs_fields()
    {
        await using var bed = await JdTestBed.StartAsync();

        var token = await bed.Client().RefreshTokenAsync(bed.Session.RefreshToken);

        Assert.NotNull(token.OpenId);
        Assert.NotNull(token.Uid);
        Assert.Equal("snsapi_base", token.Scope);
        Assert.Equal(1, (await bed.CallsAsync()).ByOutcome["ok"]);
    }

    [Fact]
    public async Task A_used_refresh_token_is_refused_as_AuthExpired_and_the_old_access_token_stays_dead()
    {
        await using var bed = await JdTestBed.StartAsync();
        var client = bed.Client();
        var token = await client.RefreshTokenAsync(bed.Session.RefreshToken);

        var reused = await Assert.ThrowsAsync<JdException>(() => client.RefreshTokenAsync(bed.Session.RefreshToken));
        var oldToken = await Assert.ThrowsAsync<JdException>(() => client.SearchAsync(bed.Token, Window, JdDateType.Modified, 1));
        var next = await client.RefreshTokenAsync(token.RefreshToken!);

        Assert.Equal(PlatformErrorClass.AuthExpired, reused.ErrorClass);
        Assert.Equal("1003", reused.Code);                                         // the simulator's code for a used refresh token
        Assert.NotNull(reused.RequestId);
        Assert.Equal(PlatformErrorClass.AuthExpired, oldToken.ErrorClass);
        Assert.NotEqual(token.AccessToken, next.AccessToken);
    }

    [Fact]
    public async Task A_revoked_authorisation_refuses_both_tokens()
    {
        await using var bed = await JdTestBed.StartAsync();
        var revoke = await bed.Http.PostAsync(new Uri($"sim/jd/sessions/{bed.Token}/revoke", UriKind.Relative), null);
        revoke.EnsureSuccessStatusCode();
        var client = bed.Client();

        var call = await Assert.ThrowsAsync<JdException>(() => client.SearchAsync(bed.Token, Window, JdDateType.Modified, 1));
        var refresh = await Assert.ThrowsAsync<JdException>(() => client.RefreshTokenAsync(bed.Session.RefreshToken));

        Assert.Equal(PlatformErrorClass.AuthExpired, call.ErrorClass);
        Assert.Equal(PlatformErrorClass.AuthExpired, refresh.ErrorClass);
    }

    [Fact]
    public async Task A_refresh_with_the_wrong_app_secret_is_refused_and_not_retried()
    {
        await using var bed = await JdTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<JdException>(() => bed.Client(secret: "wrong").RefreshTokenAsync(bed.Session.RefreshToken));

        Assert.NotEqual(PlatformErrorClass.Retryable, error.ErrorClass);
        Assert.Equal(1, (await bed.CallsAsync()).ByOutcome["oauth:1002"]);
        // The secret travels in the query string; it must not end up in the message.
        Assert.DoesNotContain(bed.State.Options.AppSecret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_5xx_from_the_token_endpoint_is_retryable_and_spends_no_refresh_token()
    {
        await using var bed = await JdTestBed.StartAsync();
        await bed.FaultsAsync(new SimFaults(ServerErrors: 1, ServerErrorStatus: 503));
        var client = bed.Client();

        var error = await Assert.ThrowsAsync<JdException>(() => client.RefreshTokenAsync(bed.Session.RefreshToken));
        var token = await client.RefreshTokenAsync(bed.Session.RefreshToken);

        Assert.Equal(PlatformErrorClass.Retryable, error.ErrorClass);
        Assert.Equal(503, error.HttpStatus);
        Assert.NotEqual(bed.Token, token.AccessToken);
    }

    [Fact]
    public void The_demo_shop_has_fixed_tokens()
    {
        var state = new JdSimulatorState(new JdSimulatorOptions(), TimeProvider.System);

        var session = state.SeedDemoSession();

        Assert.Equal(("jd-demo-shop", "jd-sim-access", "jd-sim-refresh"), (session.Shop, session.AccessToken, session.RefreshToken));
        Assert.Equal("jd-demo-shop", state.ShopOfSession("jd-sim-access", state.Options.AppKey));
    }
}
