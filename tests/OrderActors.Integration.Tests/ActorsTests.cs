using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using OrderActors.ClientApi.Security;

namespace OrderActors.Integration.Tests;

/// <summary>Who a write is recorded under: a signed-in user always; the body's name only for API keys and anonymous hosts.</summary>
public sealed class ActorsTests
{
    [Fact]
    public void A_signed_in_user_is_the_actor_whatever_the_body_names()
    {
        Assert.Equal("wang.fang", Actors.Of(Caller("wang.fang"), "li.lei"));
        Assert.Equal("wang.fang", Actors.Of(Caller("wang.fang"), null));
    }

    [Fact]
    public void An_api_key_or_an_anonymous_caller_names_the_actor_in_the_body()
    {
        Assert.Equal("Wang Fang", Actors.Of(Caller("key:erp"), " Wang Fang "));
        Assert.Null(Actors.Of(Caller("key:erp"), "  "));
        Assert.Equal("ops", Actors.Of(new DefaultHttpContext(), "ops"));
        Assert.Null(Actors.Of(new DefaultHttpContext(), null));
    }

    private static DefaultHttpContext Caller(string name) =>
        new() { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], authenticationType: "test")) };
}
