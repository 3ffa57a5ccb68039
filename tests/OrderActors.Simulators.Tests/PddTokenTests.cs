using System.Net.Http.Json;
using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels.Pinduoduo;
using OrderActors.Simulators;

namespace OrderActors.Simulators.Tests;

public sealed class PddTokenTests
{
    private static readonly PullWindow Window = new(new DateTimeOffset(2024, 5, 1, 0, 0, 0, PddOrders.China), new DateTimeOffset(2024, 5, 1, 0, 30, 0, PddOrders.China));

    [Fact]
    public async Task An_expired_access_token_is_10019_AuthExpired_and_the_refreshed_token_works()
    {
        await using var bed = await PddTestBed.StartAsync();
        await bed.SeedAsync([PddOrders.Paid(5, Window.Start.AddMinutes(10))]);
        var adapter = bed.Adapter();
        Assert.Single((await adapter.ListModifiedAsync(bed.Session.AccessToken, Window, 1)).Orders);

        var expire = await bed.Http.PostAsync(new Uri($"sim/pdd/sessions/{bed.Session.AccessToken}/expire", UriKind.Relative), null);
        expire.EnsureSuccessStatusCode();
        var expired = await Assert.ThrowsAsync<PddException>(() => adapter.ListModifiedAsync(bed.Session.AccessToken, Window, 1));
        var before = DateTimeOffset.UtcNow;
        var token = await adapter.RefreshAsync(bed.Session.RefreshToken);
        var page = await adapter.ListModifiedAsync(token.AccessToken, Window, 1);

        Assert.Equal("10019", expired.Code);
        Assert.Equal(PlatformErrorClass.AuthExpired, expired.ErrorClass);
        Assert.NotEqual(bed.Session.AccessToken, token.AccessToken);
        Assert.NotNull(token.RefreshToken);
        Assert.NotEqual(bed.Session.RefreshToken, token.RefreshToken);
        Assert.InRange(token.ExpiresAt, before.AddDays(1).AddSeconds(-5), DateTimeOffset.UtcNow.AddDays(1).AddSeconds(5));
        Assert.NotNull(token.RefreshExpiresAt);
        Assert.Equal(PddOrders.Sn(5), Assert.Single(page.Orders).PlatformOrderId);
        Assert.Equal(1, (await bed.CallsAsync()).ByMethod[PddClient.RefreshType]);
    }

    [Fact]
    public async Task The_refresh_is_a_gateway_call_that_names_the_shop()
    {
        await using var bed = await PddTestBed.StartAsync();

        var token = await bed.Client().RefreshTokenAsync(bed.Session.RefreshToken);

        Assert.Equal(PddTestBed.Shop, token.OwnerName);
        Assert.False(string.IsNullOrEmpty(token.OwnerId));
    }

    [Fact]
    public async Task A_used_refresh_token_is_refused_as_AuthExpired_and_the_old_access_token_stays_dead()
    {
        await using var bed = await PddTestBed.StartAsync();
        var client = bed.Client();
        var token = await client.RefreshTokenAsync(bed.Session.RefreshToken);

        var reused = await Assert.ThrowsAsync<PddException>(() => client.RefreshTokenAsync(bed.Session.RefreshToken));
        var oldToken = await Assert.ThrowsAsync<PddException>(() => client.GetIncrementAsync(bed.Session.AccessToken, Window, 1));
        var next = await client.RefreshTokenAsync(token.RefreshToken!);

        Assert.Equal("20032", reused.Code);
        Assert.Equal(PlatformErrorClass.AuthExpired, reused.ErrorClass);
        Assert.Equal("20032", oldToken.Code);
        Assert.Equal(PlatformErrorClass.AuthExpired, oldToken.ErrorClass);
        Assert.NotEqual(token.AccessToken, next.AccessToken);
    }

    [Fact]
    public async Task A_refresh_signed_with_the_wrong_secret_is_permanent()
    {
        await using var bed = await PddTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<PddException>(() => bed.Client(secret: "wrong").RefreshTokenAsync(bed.Session.RefreshToken));

        Assert.Equal("20004", error.Code);
        Assert.Equal(PlatformErrorClass.Permanent, error.ErrorClass);
        var counts = await bed.Http.GetFromJsonAsync<SimCallCounts>("sim/pdd/calls");
        Assert.Equal(1, counts!.ByOutcome["error:20004"]);
    }

    [Fact]
    public async Task A_revoked_authorisation_is_AuthExpired_for_the_access_token_and_for_the_refresh()
    {
        await using var bed = await PddTestBed.StartAsync();
        var revoke = await bed.Http.PostAsync(new Uri($"sim/pdd/sessions/{bed.Session.AccessToken}/revoke", UriKind.Relative), null);
        revoke.EnsureSuccessStatusCode();
        var client = bed.Client();

        var call = await Assert.ThrowsAsync<PddException>(() => client.GetIncrementAsync(bed.Session.AccessToken, Window, 1));
        var refresh = await Assert.ThrowsAsync<PddException>(() => client.RefreshTokenAsync(bed.Session.RefreshToken));

        Assert.Equal(PlatformErrorClass.AuthExpired, call.ErrorClass);
        Assert.Equal(PlatformErrorClass.AuthExpired, refresh.ErrorClass);
    }
}
