using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Pinduoduo;
using OrderActors.Grains.Channels.Pinduoduo;
using OrderActors.Simulators;
using OrderActors.Testing;

namespace OrderActors.Simulators.Tests;

public sealed class PddErrorTests
{
    private static readonly PullWindow Window = new(new DateTimeOffset(2024, 5, 1, 0, 0, 0, PddOrders.China), new DateTimeOffset(2024, 5, 1, 0, 30, 0, PddOrders.China));

    [Fact]
    public async Task A_request_signed_with_the_domain_signer_is_accepted()
    {
        await using var bed = await PddTestBed.StartAsync();

        var page = await bed.Client().GetIncrementAsync(bed.Session.AccessToken, Window, 1);

        Assert.Empty(page.Orders);
        Assert.Equal(0, page.TotalCount);
        Assert.Equal(1, (await bed.CallsAsync()).ByOutcome["ok"]);
    }

    [Fact]
    public async Task A_request_signed_with_the_wrong_secret_is_refused_with_20004_and_is_permanent()
    {
        await using var bed = await PddTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<PddException>(() =>
            bed.Client(secret: "not-the-secret").GetIncrementAsync(bed.Session.AccessToken, Window, 1));

        Assert.Equal("20004", error.Code);
        Assert.Equal(PlatformErrorClass.Permanent, error.ErrorClass);
        Assert.Equal(200, error.HttpStatus);
        Assert.NotNull(error.RequestId);
    }

    [Fact]
    public async Task A_parameter_changed_after_signing_breaks_the_signature_and_the_same_request_as_JSON_is_signed_alike()
    {
        await using var bed = await PddTestBed.StartAsync();
        var parameters = new Dictionary<string, string?>
        {
            ["type"] = PddClient.InformationType,
            ["client_id"] = bed.State.Options.AppKey,
            ["access_token"] = bed.Session.AccessToken,
            ["timestamp"] = PlatformTime.ToUnixSeconds(DateTimeOffset.UtcNow).ToString(CultureInfo.InvariantCulture),
            ["data_type"] = "JSON",
            ["order_sn"] = PddOrders.Sn(1),
        };
        parameters["sign"] = PddSigner.Sign(parameters, bed.State.Options.AppSecret);
        await bed.SeedAsync([PddOrders.Paid(1, Window.Start)]);

        using var asJson = await bed.Http.PostAsJsonAsync(bed.GatewayUrl, parameters);
        using var accepted = JsonDocument.Parse(await asJson.Content.ReadAsStringAsync());
        parameters["order_sn"] = PddOrders.Sn(2);
        using var content = new FormUrlEncodedContent(parameters.Select(p => KeyValuePair.Create(p.Key, p.Value ?? string.Empty)));
        using var tampered = await bed.Http.PostAsync(bed.GatewayUrl, content);
        using var refused = JsonDocument.Parse(await tampered.Content.ReadAsStringAsync());

        Assert.Equal(PddOrders.Sn(1), accepted.RootElement.GetProperty("order_info_get_response").GetProperty("order_info").GetProperty("order_sn").GetString());
        Assert.Equal(HttpStatusCode.OK, tampered.StatusCode);
        Assert.Equal(20004, refused.RootElement.GetProperty("error_response").GetProperty("error_code").GetInt32());
    }

    [Fact]
    public async Task An_unknown_client_id_is_10016_and_permanent()
    {
        await using var bed = await PddTestBed.StartAsync();
        var client = new PddClient(bed.Http, new PddOptions(bed.GatewayUrl, "no-such-client", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<PddException>(() => client.GetIncrementAsync(bed.Session.AccessToken, Window, 1));

        Assert.Equal("10016", error.Code);
        Assert.Equal(PlatformErrorClass.Permanent, error.ErrorClass);
    }

    [Fact]
    public async Task A_timestamp_more_than_ten_minutes_off_is_refused()
    {
        await using var bed = await PddTestBed.StartAsync();
        var skewed = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(11));

        var error = await Assert.ThrowsAsync<PddException>(() =>
            bed.Client(clientTime: skewed).GetIncrementAsync(bed.Session.AccessToken, Window, 1));

        Assert.Equal("10001", error.Code);
        Assert.Equal(PlatformErrorClass.Permanent, error.ErrorClass);
        Assert.Contains("timestamp", error.SubMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_injected_throttle_is_70031_and_retryable_and_the_next_call_goes_through()
    {
        await using var bed = await PddTestBed.StartAsync();
        await bed.FaultsAsync(new SimFaults(Throttles: 1));
        var client = bed.Client();

        var error = await Assert.ThrowsAsync<PddException>(() => client.GetIncrementAsync(bed.Session.AccessToken, Window, 1));
        var next = await client.GetIncrementAsync(bed.Session.AccessToken, Window, 1);

        Assert.Equal("70031", error.Code);
        Assert.Equal(PlatformErrorClass.Retryable, error.ErrorClass);
        Assert.False(next.HasNext);
    }

    [Fact]
    public async Task Calls_beyond_the_rate_limit_in_one_second_are_throttled_until_the_next_second()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero));
        await using var bed = await PddTestBed.StartAsync(clock);
        bed.State.SetCallsPerSecond(2);
        var client = bed.Client();

        await client.GetIncrementAsync(bed.Session.AccessToken, Window, 1);
        await client.GetIncrementAsync(bed.Session.AccessToken, Window, 1);
        var third = await Assert.ThrowsAsync<PddException>(() => client.GetIncrementAsync(bed.Session.AccessToken, Window, 1));
        clock.Advance(TimeSpan.FromSeconds(1));
        await client.GetIncrementAsync(bed.Session.AccessToken, Window, 1);

        Assert.Equal(PlatformErrorClass.Retryable, third.ErrorClass);
        Assert.Equal(3, (await bed.CallsAsync()).ByOutcome["ok"]);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task An_HTTP_5xx_is_retryable(int status)
    {
        await using var bed = await PddTestBed.StartAsync();
        await bed.FaultsAsync(new SimFaults(ServerErrors: 1, ServerErrorStatus: status));

        var error = await Assert.ThrowsAsync<PddException>(() => bed.Client().GetInformationAsync(bed.Session.AccessToken, PddOrders.Sn(1)));

        PlatformFailureAssert.RetryableHttp(status, error);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_clear_malformed_response_error()
    {
        await using var bed = await PddTestBed.StartAsync();
        await bed.FaultsAsync(new SimFaults(Garbage: 1));

        var error = await Assert.ThrowsAsync<PddException>(() => bed.Client().GetIncrementAsync(bed.Session.AccessToken, Window, 1));

        PlatformFailureAssert.NotJson(error);
    }

    [Fact]
    public async Task A_gateway_that_does_not_answer_is_a_retryable_transport_error()
    {
        using var http = new HttpClient();
        var nobody = new Uri($"http://127.0.0.1:{FreePort.Next()}/api/router");
        var client = new PddClient(http, new PddOptions(nobody, "client", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<PddException>(() => client.GetInformationAsync("token", PddOrders.Sn(1)));

        PlatformFailureAssert.Transport(error);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"order_sn_increment_get_response\":null}")]
    [InlineData("{\"order_sn_increment_get_response\":{}}")]
    [InlineData("{\"order_sn_increment_get_response\":{\"has_next\":\"maybe\"}}")]
    [InlineData("{\"order_sn_increment_get_response\":{\"total_count\":1,\"order_sn_list\":{\"order_sn\":\"1\"}}}")]
    [InlineData("{\"order_sn_increment_get_response\":{\"total_count\":1,\"order_sn_list\":[1,2]}}")]
    [InlineData("{\"order_sn_increment_get_response\":{\"total_count\":1,\"order_sn_list\":[{\"order_sn\":\"1\"}]}}")]
    [InlineData("{\"order_sn_increment_get_response\":{\"total_count\":1,\"order_sn_list\":[{\"order_sn\":\"1\",\"order_status\":\"x\",\"refund_status\":1,\"updated_at\":\"2024-01-01 00:00:00\"}]}}")]
    [InlineData("{\"order_sn_increment_get_response\":{\"total_count\":1,\"order_sn_list\":[{\"order_sn\":\"1\",\"order_status\":1,\"refund_status\":1,\"updated_at\":\"1704067200\"}]}}")]
    [InlineData("{\"order_sn_increment_get_response\":{\"total_count\":1,\"order_sn_list\":[{\"order_sn\":\"1\",\"order_status\":1,\"refund_status\":1,\"updated_at\":\"2024-01-01 00:00:00\",\"pay_amount\":12.505}]}}")]
    [InlineData("{\"order_sn_increment_get_response\":{\"total_count\":1,\"order_sn_list\":[{\"order_sn\":\"1\",\"order_status\":1,\"refund_status\":1,\"updated_at\":\"2024-01-01 00:00:00\",\"item_list\":[{\"goods_price\":1}]}]}}")]
    [InlineData("{\"error_response\":\"boom\"}")]
    public async Task Malformed_answers_are_PddExceptions_never_null_reference_crashes(string body)
    {
        using var http = new HttpClient(new CannedHandler(HttpStatusCode.OK, body));
        var client = new PddClient(http, new PddOptions(new Uri("http://pdd.invalid/api/router"), "client", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<PddException>(() => client.GetIncrementAsync("token", Window, 1));

        Assert.Equal("malformed-response", error.Code);
    }

    [Fact]
    public async Task An_error_response_with_a_string_code_is_classified_like_a_number()
    {
        const string body = "{\"error_response\":{\"error_code\":\"10019\",\"error_msg\":\"access_token已过期\",\"sub_code\":\"10019\",\"sub_msg\":\"\",\"request_id\":\"abc\"}}";
        using var http = new HttpClient(new CannedHandler(HttpStatusCode.OK, body));
        var client = new PddClient(http, new PddOptions(new Uri("http://pdd.invalid/api/router"), "client", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<PddException>(() => client.GetInformationAsync("token", PddOrders.Sn(1)));

        Assert.Equal(PlatformErrorClass.AuthExpired, error.ErrorClass);
        Assert.Equal("abc", error.RequestId);
        Assert.Null(error.SubMessage);
    }

    [Fact]
    public async Task An_error_envelope_on_an_HTTP_5xx_is_still_retryable()
    {
        const string body = "{\"error_response\":{\"error_code\":21001,\"error_msg\":\"请求参数错误\"}}";
        using var http = new HttpClient(new CannedHandler(HttpStatusCode.BadGateway, body));
        var client = new PddClient(http, new PddOptions(new Uri("http://pdd.invalid/api/router"), "client", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<PddException>(() => client.GetInformationAsync("token", PddOrders.Sn(1)));

        Assert.Equal(PlatformErrorClass.Retryable, error.ErrorClass);
        Assert.Equal("http-502", error.Code);
    }

    private sealed class CannedHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
