using System.Security.Cryptography;
using OrderActors.Domain.Tracking;

namespace OrderActors.Domain.Tests.Tracking;

public sealed class TrackingTokenTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void A_token_is_256_bits_in_base64url_and_the_same_nonce_and_key_give_it_back()
    {
        var nonce = TrackingToken.NewNonce();
        var token = TrackingToken.Derive(Key, nonce, "web:shop:1");

        Assert.Equal(TrackingToken.Length, token.Length);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        Assert.True(TrackingToken.IsWellFormed(token));
        Assert.Equal(token, TrackingToken.Derive(Key, nonce, "web:shop:1"));
        Assert.Equal(32, TrackingToken.Hash(token).Length);
    }

    [Fact]
    public void Another_nonce_order_or_key_gives_another_token()
    {
        var nonce = TrackingToken.NewNonce();
        var token = TrackingToken.Derive(Key, nonce, "web:shop:1");

        Assert.Equal(16, nonce.Length);
        Assert.NotEqual(token, TrackingToken.Derive(Key, TrackingToken.NewNonce(), "web:shop:1"));
        Assert.NotEqual(token, TrackingToken.Derive(Key, nonce, "web:shop:2"));
        Assert.NotEqual(token, TrackingToken.Derive(RandomNumberGenerator.GetBytes(32), nonce, "web:shop:1"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Anything_but_43_base64url_characters_is_not_a_token(string? text) =>
        Assert.False(TrackingToken.IsWellFormed(text));
}
