using System.Net.Http.Json;
using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels.Taobao;
using OrderActors.Simulators;
using OrderActors.Simulators.Top;

namespace OrderActors.Simulators.Tests;

public sealed class TopTokenTests
{
    private static readonly PullWindow Window = new(new DateTimeOffset(2024, 5, 1, 0, 0, 0, Trades.China), new DateTimeOffset(2024, 5, 1, 1, 0, 0, Trades.China));

    [Fact]
    public async Task An_expired_session_is_AuthExpired_and_the_refreshed_token_works()
    {
        await using var bed = await TopTestBed.StartAsync();
        await bed.SeedAsync([Trades.Paid(5, Window.Start.AddMinutes(10))]);
        var client = bed.Client();
        Assert.Single((await client.GetSoldIncrementAsync(bed.Session.AccessToken, Window, 1)).Trades);

        var expire = await bed.Http.PostAsync(new Uri($"sim/top/sessions/{bed.Session.AccessToken}/expire", UriKind.Relative), null);
        expire.EnsureSuccessStatusCode();
        var expired = await Assert.ThrowsAsync<TopException>(() => client.GetSoldIncrementAsync(bed.Session.AccessToken, Window, 1));
        var before = DateTimeOffset.UtcNow;
        var token = await client.RefreshTokenAsync(bed.Session.RefreshToken);
        var page = await client.GetSoldIncrementAsync(token.AccessToken, Window, 1);

        Assert.Equal("27", expired.Code);
        Assert.Equal(PlatformErrorClass.AuthExpired, expired.ErrorClass);
        Assert.NotEqual(bed.Session.AccessToken, token.AccessToken);
        Assert.NotNull(token.RefreshToken);
        Assert.NotEqual(bed.Session.RefreshToken, token.RefreshToken);
        Assert.InRange(token.ExpiresAt, before.AddDays(1).AddSeconds(-5), DateTimeOffset.UtcNow.AddDays(1).AddSeconds(5));
        Assert.NotNull(token.RefreshExpiresAt);
        Assert.Equal(TopTestBed.Shop, token.UserNick);
        Assert.Equal(5, Assert.Single(page.Trades).Tid);
    }

    [Fact]
    public async Task A_used_refresh_token_is_refused_as_invalid_grant_and_the_old_session_stays_dead()
    {
        await using var bed = await TopTestBed.StartAsync();
        var client = bed.Client();
        var token = await client.RefreshTokenAsync(bed.Session.RefreshToken);

        var reused = await Assert.ThrowsAsync<TopException>(() => client.RefreshTokenAsync(bed.Session.RefreshToken));
        var oldSession = await Assert.ThrowsAsync<TopException>(() => client.GetSoldIncrementAsync(bed.Session.AccessToken, Window, 1));
        var next = await client.RefreshTokenAsync(token.RefreshToken!);

        Assert.Equal("invalid_grant", reused.Code);
        Assert.Equal(PlatformErrorClass.AuthExpired, reused.ErrorClass);
        Assert.Equal(400, reused.HttpStatus);
        Assert.Equal(PlatformErrorClass.AuthExpired, oldSession.ErrorClass);
        Assert.NotEqual(token.AccessToken, next.AccessToken);
    }

    [Fact]
    public async Task A_refresh_with_the_wrong_client_secret_is_a_permanent_invalid_client()
    {
        await using var bed = await TopTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<TopException>(() => bed.Client(secret: "wrong").RefreshTokenAsync(bed.Session.RefreshToken));

        Assert.Equal("invalid_client", error.Code);
        Assert.Equal(PlatformErrorClass.Permanent, error.ErrorClass);
        var counts = await bed.Http.GetFromJsonAsync<SimCallCounts>("sim/top/calls");
        Assert.Equal(1, counts!.ByOutcome["oauth:invalid_client"]);
    }
}
