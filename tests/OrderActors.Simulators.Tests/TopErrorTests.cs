using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Taobao;
using OrderActors.Grains.Channels.Taobao;
using OrderActors.Simulators;
using OrderActors.Simulators.Top;
using OrderActors.Testing;

namespace OrderActors.Simulators.Tests;

public sealed class TopErrorTests
{
    private static readonly PullWindow Window = new(new DateTimeOffset(2024, 5, 1, 0, 0, 0, Trades.China), new DateTimeOffset(2024, 5, 1, 0, 30, 0, Trades.China));

    [Theory]
    [InlineData(TopSignMethod.Md5)]
    [InlineData(TopSignMethod.HmacMd5)]
    [InlineData(TopSignMethod.HmacSha256)]
    public async Task Every_documented_sign_method_is_accepted(TopSignMethod method)
    {
        await using var bed = await TopTestBed.StartAsync();

        var page = await bed.Client(signMethod: method).GetSoldIncrementAsync(bed.Session.AccessToken, Window, 1);

        Assert.Empty(page.Trades);
    }

    [Fact]
    public async Task A_request_signed_with_the_wrong_secret_is_refused_with_code_25_and_is_permanent()
    {
        await using var bed = await TopTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<TopException>(() =>
            bed.Client(secret: "not-the-secret").GetSoldIncrementAsync(bed.Session.AccessToken, Window, 1));

        Assert.Equal("25", error.Code);
        Assert.Equal(PlatformErrorClass.Permanent, error.ErrorClass);
        Assert.NotNull(error.RequestId);
    }

    [Fact]
    public async Task A_parameter_changed_after_signing_breaks_the_signature()
    {
        await using var bed = await TopTestBed.StartAsync();
        var parameters = new Dictionary<string, string?>
        {
            ["method"] = "taobao.trade.fullinfo.get",
            ["app_key"] = bed.State.Options.AppKey,
            ["session"] = bed.Session.AccessToken,
            ["timestamp"] = PlatformTime.FormatChinaTime(DateTimeOffset.UtcNow),
            ["format"] = "json",
            ["v"] = "2.0",
            ["sign_method"] = "md5",
            ["fields"] = "tid,status,modified",
            ["tid"] = "1",
        };
        parameters["sign"] = TopSigner.Sign(parameters, bed.State.Options.AppSecret, TopSignMethod.Md5);
        parameters["tid"] = "2";

        using var content = new FormUrlEncodedContent(parameters.Select(p => KeyValuePair.Create(p.Key, p.Value ?? string.Empty)));
        using var response = await bed.Http.PostAsync(bed.GatewayUrl, content);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(25, body.RootElement.GetProperty("error_response").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_timestamp_more_than_ten_minutes_off_is_refused()
    {
        await using var bed = await TopTestBed.StartAsync();
        var skewed = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(11));

        var error = await Assert.ThrowsAsync<TopException>(() =>
            bed.Client(clientTime: skewed).GetSoldIncrementAsync(bed.Session.AccessToken, Window, 1));

        Assert.Equal("31", error.Code);
        Assert.Equal(PlatformErrorClass.Permanent, error.ErrorClass);
    }

    [Fact]
    public async Task An_injected_throttle_is_code_7_and_retryable_and_the_next_call_goes_through()
    {
        await using var bed = await TopTestBed.StartAsync();
        await bed.FaultsAsync(new SimFaults(Throttles: 1));
        var client = bed.Client();

        var error = await Assert.ThrowsAsync<TopException>(() => client.GetSoldIncrementAsync(bed.Session.AccessToken, Window, 1));
        var next = await client.GetSoldIncrementAsync(bed.Session.AccessToken, Window, 1);

        Assert.Equal("7", error.Code);
        Assert.Equal("accesscontrol.limited-by-app-access-count", error.SubCode);
        Assert.Equal(PlatformErrorClass.Retryable, error.ErrorClass);
        Assert.False(next.HasNext);
    }

    [Fact]
    public async Task Calls_beyond_the_rate_limit_in_one_second_are_throttled_until_the_next_second()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero));
        await using var bed = await TopTestBed.StartAsync(clock);
        bed.State.SetCallsPerSecond(2);
        var client = bed.Client();

        await client.GetSoldIncrementAsync(bed.Session.AccessToken, Window, 1);
        await client.GetSoldIncrementAsync(bed.Session.AccessToken, Window, 1);
        var third = await Assert.ThrowsAsync<TopException>(() => client.GetSoldIncrementAsync(bed.Session.AccessToken, Window, 1));
        clock.Advance(TimeSpan.FromSeconds(1));
        await client.GetSoldIncrementAsync(bed.Session.AccessToken, Window, 1);

        Assert.Equal(PlatformErrorClass.Retryable, third.ErrorClass);
        Assert.Equal("7", third.Code);
        Assert.Equal(3, (await bed.CallsAsync()).ByOutcome["ok"]);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task An_HTTP_5xx_is_retryable(int status)
    {
        await using var bed = await TopTestBed.StartAsync();
        await bed.FaultsAsync(new SimFaults(ServerErrors: 1, ServerErrorStatus: status));

        var error = await Assert.ThrowsAsync<TopException>(() => bed.Client().GetFullInfoAsync(bed.Session.AccessToken, 1));

        PlatformFailureAssert.RetryableHttp(status, error);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_clear_malformed_response_error()
    {
        await using var bed = await TopTestBed.StartAsync();
        await bed.FaultsAsync(new SimFaults(Garbage: 1));

        var error = await Assert.ThrowsAsync<TopException>(() => bed.Client().GetSoldIncrementAsync(bed.Session.AccessToken, Window, 1));

        Assert.Equal("malformed-response", error.Code);
        Assert.Equal(PlatformErrorClass.Unclassified, error.ErrorClass);
    }

    [Fact]
    public async Task A_gateway_that_does_not_answer_is_a_retryable_transport_error()
    {
        using var http = new HttpClient();
        var nobody = new Uri($"http://127.0.0.1:{FreePort.Next()}/router/rest");
        var client = new TopClient(http, new TopOptions(nobody, nobody, "app", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<TopException>(() => client.GetFullInfoAsync("session", 1));

        PlatformFailureAssert.Transport(error);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"trades_sold_increment_get_response\":null}")]
    [InlineData("{\"trades_sold_increment_get_response\":{}}")]
    [InlineData("{\"trades_sold_increment_get_response\":{\"has_next\":\"maybe\"}}")]
    [InlineData("{\"trades_sold_increment_get_response\":{\"has_next\":false,\"trades\":[1,2]}}")]
    [InlineData("{\"trades_sold_increment_get_response\":{\"has_next\":false,\"trades\":{\"trade\":[{\"tid\":1}]}}}")]
    [InlineData("{\"trades_sold_increment_get_response\":{\"has_next\":false,\"trades\":{\"trade\":[{\"tid\":\"x\",\"status\":\"S\",\"modified\":\"2024-01-01 00:00:00\"}]}}}")]
    [InlineData("{\"trades_sold_increment_get_response\":{\"has_next\":false,\"trades\":{\"trade\":[{\"tid\":1,\"status\":\"S\",\"modified\":\"2024-01-01T00:00:00Z\"}]}}}")]
    [InlineData("{\"trades_sold_increment_get_response\":{\"has_next\":false,\"trades\":{\"trade\":[{\"tid\":1,\"status\":\"S\",\"modified\":\"2024-01-01 00:00:00\",\"payment\":\"12.505\"}]}}}")]
    [InlineData("{\"trades_sold_increment_get_response\":{\"has_next\":false,\"trades\":{\"trade\":[{\"tid\":1,\"status\":\"S\",\"modified\":\"2024-01-01 00:00:00\",\"orders\":{\"order\":[{\"num\":1}]}}]}}}")]
    [InlineData("{\"error_response\":\"boom\"}")]
    public async Task Malformed_answers_are_TopExceptions_never_null_reference_crashes(string body)
    {
        using var http = new HttpClient(new CannedHandler(HttpStatusCode.OK, body));
        var gateway = new Uri("http://top.invalid/router/rest");
        var client = new TopClient(http, new TopOptions(gateway, gateway, "app", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<TopException>(() => client.GetSoldIncrementAsync("session", Window, 1));

        Assert.Equal("malformed-response", error.Code);
    }

    [Fact]
    public async Task An_error_response_with_a_string_code_is_classified_like_a_number()
    {
        const string body = "{\"error_response\":{\"code\":\"27\",\"msg\":\"Invalid session\",\"sub_code\":\"invalid-sessionkey\",\"request_id\":\"abc\"}}";
        using var http = new HttpClient(new CannedHandler(HttpStatusCode.OK, body));
        var gateway = new Uri("http://top.invalid/router/rest");
        var client = new TopClient(http, new TopOptions(gateway, gateway, "app", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<TopException>(() => client.GetFullInfoAsync("session", 1));

        Assert.Equal(PlatformErrorClass.AuthExpired, error.ErrorClass);
        Assert.Equal("abc", error.RequestId);
    }

    private sealed class CannedHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
