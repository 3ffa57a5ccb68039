using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Douyin;
using OrderActors.Grains.Channels.Douyin;
using OrderActors.Simulators;
using OrderActors.Testing;

namespace OrderActors.Simulators.Tests;

public sealed class DouyinErrorTests
{
    private static readonly PullWindow Window = new(new DateTimeOffset(2024, 5, 1, 0, 0, 0, DouyinOrders.China), new DateTimeOffset(2024, 5, 1, 0, 30, 0, DouyinOrders.China));

    [Theory]
    [InlineData(DoudianSignMethod.HmacSha256)]
    [InlineData(DoudianSignMethod.Md5)]
    public async Task Both_sign_methods_are_accepted(DoudianSignMethod method)
    {
        await using var bed = await DouyinTestBed.StartAsync();
        await bed.SeedAsync([DouyinOrders.Paid(1, Window.Start.AddMinutes(1))]);

        var page = await bed.Client(signMethod: method).SearchByUpdateTimeAsync(bed.Session.AccessToken, Window, 0);

        Assert.Equal(DouyinOrders.Id(1), Assert.Single(page.Orders).OrderId);
        Assert.NotNull(page.LogId);
    }

    [Fact]
    public async Task A_request_signed_with_the_wrong_secret_is_refused_with_40003_signature_invalid_and_is_permanent()
    {
        await using var bed = await DouyinTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<DouyinException>(() =>
            bed.Client(secret: "not-the-secret").SearchByUpdateTimeAsync(bed.Session.AccessToken, Window, 0));

        Assert.Equal("40003", error.Code);
        Assert.Equal("isv.signature-invalid", error.SubCode);
        Assert.Equal(PlatformErrorClass.Permanent, error.ErrorClass);
        Assert.NotNull(error.RequestId);
    }

    [Fact]
    public async Task A_param_json_changed_after_signing_breaks_the_signature()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        const string signed = """{"shop_order_id":"6920000000000000001"}""";
        var sign = DoudianSigner.Sign(bed.State.Options.AppKey, "order.orderDetail", signed, timestamp, bed.State.Options.AppSecret, DoudianSignMethod.HmacSha256);
        var url = DouyinClient.MethodUrl(bed.GatewayUrl, "order.orderDetail",
        [
            new("app_key", bed.State.Options.AppKey), new("method", "order.orderDetail"), new("access_token", bed.Session.AccessToken),
            new("timestamp", timestamp), new("v", "2"), new("sign_method", "hmac-sha256"), new("sign", sign),
        ]);

        using var content = new StringContent("""{"shop_order_id":"6920000000000000002"}""", Encoding.UTF8, "application/json");
        using var response = await bed.Http.PostAsync(url, content);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(40003, body.RootElement.GetProperty("code").GetInt32());
        Assert.Equal("isv.signature-invalid", body.RootElement.GetProperty("sub_code").GetString());
    }

    [Fact]
    public async Task The_older_GET_with_param_json_in_the_query_and_a_GMT8_timestamp_is_served_too()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        await bed.SeedAsync([DouyinOrders.Paid(7, Window.Start.AddMinutes(3))]);
        var timestamp = PlatformTime.FormatChinaTime(DateTimeOffset.UtcNow);
        var paramJson = DoudianParamJson.Canonicalize($$"""{"shop_order_id":"{{DouyinOrders.Id(7)}}"}""");
        var sign = DoudianSigner.Sign(bed.State.Options.AppKey, "order.orderDetail", paramJson, timestamp, bed.State.Options.AppSecret, DoudianSignMethod.Md5);
        var url = DouyinClient.MethodUrl(bed.GatewayUrl, "order.orderDetail",
        [
            new("app_key", bed.State.Options.AppKey), new("method", "order.orderDetail"), new("access_token", bed.Session.AccessToken),
            new("param_json", paramJson), new("timestamp", timestamp), new("v", "2"), new("sign", sign),
        ]);

        using var body = JsonDocument.Parse(await bed.Http.GetStringAsync(url));

        Assert.Equal(10000, body.RootElement.GetProperty("code").GetInt32());
        Assert.Equal(DouyinOrders.Id(7), body.RootElement.GetProperty("data").GetProperty("shop_order_detail").GetProperty("order_id").GetString());
    }

    [Fact]
    public async Task A_timestamp_more_than_ten_minutes_off_is_refused()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        var skewed = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(11));

        var error = await Assert.ThrowsAsync<DouyinException>(() =>
            bed.Client(clientTime: skewed).SearchByUpdateTimeAsync(bed.Session.AccessToken, Window, 0));

        Assert.Equal("isv.timestamp-invalid", error.SubCode);
        Assert.Equal(PlatformErrorClass.Permanent, error.ErrorClass);
    }

    [Fact]
    public async Task An_injected_throttle_is_60000_traffic_limited_and_retryable_and_the_next_call_goes_through()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        await bed.FaultsAsync(new SimFaults(Throttles: 1));
        var client = bed.Client();

        var error = await Assert.ThrowsAsync<DouyinException>(() => client.SearchByUpdateTimeAsync(bed.Session.AccessToken, Window, 0));
        var next = await client.SearchByUpdateTimeAsync(bed.Session.AccessToken, Window, 0);

        Assert.Equal("60000", error.Code);
        Assert.Equal("isv.traffic-limited", error.SubCode);
        Assert.Equal(PlatformErrorClass.Retryable, error.ErrorClass);
        Assert.Equal(200, error.HttpStatus);
        Assert.False(next.HasNext);
    }

    [Fact]
    public async Task Calls_beyond_the_rate_limit_in_one_second_are_throttled_until_the_next_second()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero));
        await using var bed = await DouyinTestBed.StartAsync(clock);
        bed.State.SetCallsPerSecond(2);
        var client = bed.Client();

        await client.SearchByUpdateTimeAsync(bed.Session.AccessToken, Window, 0);
        await client.SearchByUpdateTimeAsync(bed.Session.AccessToken, Window, 0);
        var third = await Assert.ThrowsAsync<DouyinException>(() => client.SearchByUpdateTimeAsync(bed.Session.AccessToken, Window, 0));
        clock.Advance(TimeSpan.FromSeconds(1));
        await client.SearchByUpdateTimeAsync(bed.Session.AccessToken, Window, 0);

        Assert.Equal(PlatformErrorClass.Retryable, third.ErrorClass);
        Assert.Equal(3, (await bed.CallsAsync()).ByOutcome["ok"]);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task An_HTTP_5xx_is_retryable(int status)
    {
        await using var bed = await DouyinTestBed.StartAsync();
        await bed.FaultsAsync(new SimFaults(ServerErrors: 1, ServerErrorStatus: status));

        var error = await Assert.ThrowsAsync<DouyinException>(() => bed.Client().GetOrderDetailAsync(bed.Session.AccessToken, DouyinOrders.Id(1)));

        PlatformFailureAssert.RetryableHttp(status, error);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_clear_malformed_response_error()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        await bed.FaultsAsync(new SimFaults(Garbage: 1));

        var error = await Assert.ThrowsAsync<DouyinException>(() => bed.Client().SearchByUpdateTimeAsync(bed.Session.AccessToken, Window, 0));

        PlatformFailureAssert.NotJson(error);
    }

    [Fact]
    public async Task A_gateway_that_does_not_answer_is_a_retryable_transport_error()
    {
        using var http = new HttpClient();
        var nobody = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var client = new DouyinClient(http, new DouyinClientOptions(nobody, "app", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<DouyinException>(() => client.GetOrderDetailAsync("token", "1"));

        PlatformFailureAssert.Transport(error);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"msg\":\"success\",\"data\":{}}")]
    [InlineData("{\"code\":10000,\"msg\":\"success\"}")]
    [InlineData("{\"code\":10000,\"data\":[]}")]
    [InlineData("{\"code\":10000,\"data\":{\"shop_order_list\":[]}}")]
    [InlineData("{\"code\":10000,\"data\":{\"total\":1,\"shop_order_list\":{}}}")]
    [InlineData("{\"code\":10000,\"data\":{\"total\":1,\"shop_order_list\":[1]}}")]
    [InlineData("{\"code\":10000,\"data\":{\"total\":1,\"shop_order_list\":[{\"order_id\":\"1\",\"order_status\":2}]}}")]
    [InlineData("{\"code\":10000,\"data\":{\"total\":1,\"shop_order_list\":[{\"order_id\":\"1\",\"order_status\":2,\"update_time\":\"2024-01-01 00:00:00\"}]}}")]
    [InlineData("{\"code\":10000,\"data\":{\"total\":1,\"shop_order_list\":[{\"order_id\":\"1\",\"order_status\":2,\"update_time\":1714500000,\"order_amount\":12.5}]}}")]
    [InlineData("{\"code\":10000,\"data\":{\"total\":1,\"shop_order_list\":[{\"order_id\":\"1\",\"order_status\":2,\"update_time\":1714500000,\"post_addr\":\"杭州\"}]}}")]
    [InlineData("{\"code\":10000,\"data\":{\"total\":1,\"shop_order_list\":[{\"order_id\":\"1\",\"order_status\":2,\"update_time\":1714500000,\"sku_order_list\":[{\"item_num\":1}]}]}}")]
    [InlineData("{\"code\":10000,\"data\":{\"total\":1,\"shop_order_list\":[{\"order_id\":\"1\",\"order_status\":2,\"update_time\":1714500000,\"sku_order_list\":[{\"order_id\":\"1\",\"item_num\":-1}]}]}}")]
    public async Task Malformed_answers_are_DouyinExceptions_never_null_reference_crashes(string body)
    {
        using var http = new HttpClient(new CannedHandler(HttpStatusCode.OK, body));
        var client = new DouyinClient(http, new DouyinClientOptions(new Uri("http://douyin.invalid/"), "app", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<DouyinException>(() => client.SearchByUpdateTimeAsync("token", Window, 0));

        Assert.Equal("malformed-response", error.Code);
    }

    [Fact]
    public async Task An_error_envelope_with_a_string_code_is_classified_like_a_number_and_keeps_the_log_id()
    {
        const string body = """{"code":"40003","msg":"非法的参数","sub_code":"isv.access-token-expired","sub_msg":"access_token已过期","data":{},"log_id":"2024050100000012345"}""";
        using var http = new HttpClient(new CannedHandler(HttpStatusCode.OK, body));
        var client = new DouyinClient(http, new DouyinClientOptions(new Uri("http://douyin.invalid/"), "app", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<DouyinException>(() => client.GetOrderDetailAsync("token", "1"));

        Assert.Equal(PlatformErrorClass.AuthExpired, error.ErrorClass);
        Assert.Equal("2024050100000012345", error.RequestId);
        Assert.Equal("access_token已过期", error.SubMessage);
    }

    [Fact]
    public async Task A_non_2xx_without_an_envelope_is_an_unclassified_HTTP_error()
    {
        using var http = new HttpClient(new CannedHandler(HttpStatusCode.NotFound, "<html>404</html>"));
        var client = new DouyinClient(http, new DouyinClientOptions(new Uri("http://douyin.invalid/"), "app", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<DouyinException>(() => client.GetOrderDetailAsync("token", "1"));

        Assert.Equal("http-404", error.Code);
        Assert.Equal(PlatformErrorClass.Unclassified, error.ErrorClass);
    }

    [Fact]
    public async Task A_429_is_retryable()
    {
        using var http = new HttpClient(new CannedHandler(HttpStatusCode.TooManyRequests, "slow down"));
        var client = new DouyinClient(http, new DouyinClientOptions(new Uri("http://douyin.invalid/"), "app", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<DouyinException>(() => client.GetOrderDetailAsync("token", "1"));

        Assert.Equal(PlatformErrorClass.Retryable, error.ErrorClass);
    }

    [Fact]
    public async Task The_request_has_the_system_parameters_in_the_query_and_param_json_as_the_body()
    {
        var recorder = new CannedHandler(HttpStatusCode.OK, """{"code":10000,"msg":"success","data":{"page":0,"size":100,"total":0,"shop_order_list":[]},"log_id":"x"}""");
        using var http = new HttpClient(recorder);
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 0, 40, 0, DouyinOrders.China));
        var client = new DouyinClient(http, new DouyinClientOptions(new Uri("https://openapi-fxg.jinritemai.com"), "7000000000000000000", "dysecret"), clock);

        await client.SearchByUpdateTimeAsync("token-1", Window, 0);

        var request = Assert.Single(recorder.Requests);
        Assert.Equal("https://openapi-fxg.jinritemai.com/order/searchList", request.Url.GetLeftPart(UriPartial.Path));
        var query = System.Web.HttpUtility.ParseQueryString(request.Url.Query);
        Assert.Equal("7000000000000000000", query["app_key"]);
        Assert.Equal("order.searchList", query["method"]);
        Assert.Equal("token-1", query["access_token"]);
        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), query["timestamp"]);
        Assert.Equal("2", query["v"]);
        Assert.Equal("hmac-sha256", query["sign_method"]);
        Assert.Equal(
            """{"order_asc":false,"order_by":"update_time","page":0,"size":100,"update_time_end":1714494600,"update_time_start":1714492800}""",
            request.Body);
        Assert.Equal(
            DoudianSigner.Sign("7000000000000000000", "order.searchList", request.Body, query["timestamp"]!, "dysecret", DoudianSignMethod.HmacSha256),
            query["sign"]);
        Assert.Equal("1", request.NoOldErrorCodes);
    }

    private sealed class CannedHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public List<(Uri Url, string Body, string? NoOldErrorCodes)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var sent = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add((request.RequestUri!, sent, request.Headers.TryGetValues("x-open-no-old-err-code", out var values) ? values.Single() : null));
            return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }
}
