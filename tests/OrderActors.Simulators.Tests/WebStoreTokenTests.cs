using System.Net;
using System.Text;
using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels.WebStore;

namespace OrderActors.Simulators.Tests;

public sealed class WebStoreTokenTests
{
    private static readonly PullWindow Window = new(new DateTimeOffset(2024, 5, 1, 0, 0, 0, WebOrders.China), new DateTimeOffset(2024, 5, 1, 1, 0, 0, WebOrders.China));

    [Fact]
    public async Task An_expired_token_is_AuthExpired_and_the_refreshed_one_works()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        await bed.SeedAsync([WebOrders.Paid("W5", Window.Start.AddMinutes(10))]);
        var client = bed.Client();
        Assert.Single((await client.ListUpdatedAsync(bed.Session.AccessToken, Window, 1)).Orders);

        (await bed.Http.PostAsync(new Uri($"sim/webstore/sessions/{bed.Session.AccessToken}/expire", UriKind.Relative), null)).EnsureSuccessStatusCode();
        var expired = await Assert.ThrowsAsync<WebStoreException>(() => client.ListUpdatedAsync(bed.Session.AccessToken, Window, 1));
        var before = DateTimeOffset.UtcNow;
        var token = await bed.Adapter().RefreshAsync(bed.Session.RefreshToken);
        var page = await client.ListUpdatedAsync(token.AccessToken, Window, 1);

        Assert.Equal(("invalid_token", PlatformErrorClass.AuthExpired), (expired.Code, expired.ErrorClass));
        Assert.Contains("expired", expired.Message, StringComparison.Ordinal);
        Assert.NotEqual(bed.Session.AccessToken, token.AccessToken);
        Assert.NotNull(token.RefreshToken);
        Assert.NotEqual(bed.Session.RefreshToken, token.RefreshToken);
        Assert.InRange(token.ExpiresAt, before.AddDays(1).AddSeconds(-5), DateTimeOffset.UtcNow.AddDays(1).AddSeconds(5));
        Assert.NotNull(token.RefreshExpiresAt);
        Assert.Equal("W5", Assert.Single(page.Orders).Id);
    }

    [Fact]
    public async Task A_used_refresh_token_is_invalid_grant_AuthExpired_and_the_old_access_token_is_dead()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        var client = bed.Client();
        var token = await client.RefreshTokenAsync(bed.Session.RefreshToken);

        var reused = await Assert.ThrowsAsync<WebStoreException>(() => client.RefreshTokenAsync(bed.Session.RefreshToken));
        var oldToken = await Assert.ThrowsAsync<WebStoreException>(() => client.ListUpdatedAsync(bed.Session.AccessToken, Window, 1));
        var next = await client.RefreshTokenAsync(token.RefreshToken!);

        Assert.Equal(("invalid_grant", PlatformErrorClass.AuthExpired, 400), (reused.Code, reused.ErrorClass, reused.HttpStatus));
        Assert.Equal(PlatformErrorClass.AuthExpired, oldToken.ErrorClass);
        Assert.NotEqual(token.AccessToken, next.AccessToken);
    }

    [Fact]
    public async Task A_refresh_with_the_wrong_client_secret_is_a_permanent_invalid_client()
    {
        await using var bed = await WebStoreTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<WebStoreException>(() => bed.Client(secret: "wrong").RefreshTokenAsync(bed.Session.RefreshToken));

        Assert.Equal(("invalid_client", PlatformErrorClass.Permanent, 401), (error.Code, error.ErrorClass, error.HttpStatus));
        Assert.Equal(1, (await bed.CallsAsync()).ByOutcome["oauth:invalid_client"]);
    }

    [Fact]
    public async Task The_refresh_authenticates_the_client_with_HTTP_Basic_and_sends_only_the_grant_in_the_form()
    {
        var handler = new RecordingHandler("""{"access_token":"a2","token_type":"bearer","expires_in":3600}""");
        using var http = new HttpClient(handler);
        var url = new Uri("http://store.invalid/webstore/oauth/token");
        var client = new WebStoreClient(http, new WebStoreClientOptions(url, url, "orderactors app", "s3cr:t"), TimeProvider.System);

        var token = await client.RefreshTokenAsync("r1");

        Assert.Equal(HttpMethod.Post, handler.Method);
        Assert.Equal("Basic", handler.Authorization?.Scheme);
        Assert.Equal("orderactors%20app:s3cr%3At", Encoding.UTF8.GetString(Convert.FromBase64String(handler.Authorization!.Parameter!)));
        Assert.Equal("grant_type=refresh_token&refresh_token=r1", handler.Body);
        Assert.Equal(("a2", null), (token.AccessToken, token.RefreshToken));
    }

    [Theory]
    [InlineData("""{"access_token":"a","token_type":"mac","expires_in":60}""")]
    [InlineData("""{"access_token":"a","token_type":"Bearer"}""")]
    [InlineData("""{"token_type":"Bearer","expires_in":60}""")]
    [InlineData("""{"access_token":"a","expires_in":"60"}""")]
    [InlineData("not json")]
    public async Task A_token_answer_that_is_not_RFC_6749_is_malformed(string body)
    {
        using var http = new HttpClient(new RecordingHandler(body));
        var url = new Uri("http://store.invalid/webstore/oauth/token");
        var client = new WebStoreClient(http, new WebStoreClientOptions(url, url, "app", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<WebStoreException>(() => client.RefreshTokenAsync("r1"));

        Assert.Equal("malformed-response", error.Code);
    }

    private sealed class RecordingHandler(string answer) : HttpMessageHandler
    {
        public HttpMethod? Method { get; private set; }

        public System.Net.Http.Headers.AuthenticationHeaderValue? Authorization { get; private set; }

        public string? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            (Method, Authorization) = (request.Method, request.Headers.Authorization);
            Body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
        }
    }
}
