using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels.Jd;
using OrderActors.Simulators;
using OrderActors.Testing;

namespace OrderActors.Simulators.Tests;

public sealed class JdGatewayTests
{
    private static readonly PullWindow Window = new(new DateTimeOffset(2024, 5, 1, 0, 0, 0, JdOrders.China), new DateTimeOffset(2024, 5, 1, 0, 30, 0, JdOrders.China));

    private const string SearchBusiness =
        """{"start_date":"2024-05-01 00:00:00","end_date":"2024-05-01 01:00:00","order_state":"WAIT_SELLER_STOCK_OUT","optional_fields":"orderId,modified","page":"1","page_size":"50","dateType":0}""";

    [Fact]
    public async Task A_request_signed_as_JOS_documents_is_accepted()
    {
        await using var bed = await JdTestBed.StartAsync();
        await bed.SeedAsync([JdOrders.Paid(1, Window.Start.AddMinutes(5))]);

        var page = await bed.Client().SearchAsync(bed.Token, Window, JdDateType.Modified, 1);

        Assert.Equal("1", Assert.Single(page.Orders).OrderId);
        Assert.Equal(1, (await bed.CallsAsync()).ByOutcome["ok"]);
    }

    [Fact]
    public async Task A_request_signed_with_the_wrong_secret_is_refused_with_code_12_and_is_permanent()
    {
        await using var bed = await JdTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<JdException>(() =>
            bed.Client(secret: "not-the-secret").SearchAsync(bed.Token, Window, JdDateType.Modified, 1));

        Assert.Equal("12", error.Code);
        Assert.Equal(PlatformErrorClass.Permanent, error.ErrorClass);
        Assert.Equal("无效签名", error.SubMessage);
    }

    [Fact]
    public async Task The_business_json_changed_after_signing_breaks_the_signature()
    {
        await using var bed = await JdTestBed.StartAsync();

        var intact = await bed.RawCallAsync("jingdong.pop.order.search", SearchBusiness);
        var tampered = await bed.RawCallAsync("jingdong.pop.order.search", SearchBusiness,
            p => p["360buy_param_json"] = SearchBusiness.Replace("\"page\":\"1\"", "\"page\":\"2\"", StringComparison.Ordinal));

        Assert.Contains("jingdong_pop_order_search_responce", intact, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(tampered);
        Assert.Equal("12", body.RootElement.GetProperty("error_response").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unknown_app_key_is_code_21_and_permanent()
    {
        await using var bed = await JdTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<JdException>(() =>
            bed.Client(appKey: "nobody").SearchAsync(bed.Token, Window, JdDateType.Modified, 1));

        Assert.Equal("21", error.Code);
        Assert.Equal(PlatformErrorClass.Permanent, error.ErrorClass);
    }

    [Fact]
    public async Task A_timestamp_more_than_six_minutes_off_is_refused_with_code_8()
    {
        await using var bed = await JdTestBed.StartAsync();
        var fiveOff = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(5));
        var sevenOff = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-7));

        await bed.Client(clientTime: fiveOff).SearchAsync(bed.Token, Window, JdDateType.Modified, 1);
        var error = await Assert.ThrowsAsync<JdException>(() => bed.Client(clientTime: sevenOff).SearchAsync(bed.Token, Window, JdDateType.Modified, 1));

        Assert.Equal("8", error.Code);
        Assert.Equal(PlatformErrorClass.Permanent, error.ErrorClass);
    }

    [Fact]
    public async Task An_injected_throttle_is_code_2_and_retryable_and_the_next_call_goes_through()
    {
        await using var bed = await JdTestBed.StartAsync();
        await bed.FaultsAsync(new SimFaults(Throttles: 1));
        var client = bed.Client();

        var error = await Assert.ThrowsAsync<JdException>(() => client.SearchAsync(bed.Token, Window, JdDateType.Modified, 1));
        var next = await client.SearchAsync(bed.Token, Window, JdDateType.Modified, 1);

        Assert.Equal("2", error.Code);
        Assert.Equal(PlatformErrorClass.Retryable, error.ErrorClass);
        Assert.Equal(200, error.HttpStatus);
        Assert.Equal(0, next.OrderTotal);
    }

    [Fact]
    public async Task Calls_beyond_the_rate_limit_in_one_second_are_throttled_until_the_next_second()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero));
        await using var bed = await JdTestBed.StartAsync(clock);
        bed.State.SetCallsPerSecond(2);
        var client = bed.Client();

        await client.SearchAsync(bed.Token, Window, JdDateType.Modified, 1);
        await client.SearchAsync(bed.Token, Window, JdDateType.Modified, 1);
        var third = await Assert.ThrowsAsync<JdException>(() => client.SearchAsync(bed.Token, Window, JdDateType.Modified, 1));
        clock.Advance(TimeSpan.FromSeconds(1));
        await client.SearchAsync(bed.Token, Window, JdDateType.Modified, 1);

        Assert.Equal(PlatformErrorClass.Retryable, third.ErrorClass);
        Assert.Equal(3, (await bed.CallsAsync()).ByOutcome["ok"]);
        Assert.Equal(1, (await bed.CallsAsync()).ByOutcome["error:2"]);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task An_HTTP_5xx_is_retryable(int status)
    {
        await using var bed = await JdTestBed.StartAsync();
        await bed.FaultsAsync(new SimFaults(ServerErrors: 1, ServerErrorStatus: status));

        var error = await Assert.ThrowsAsync<JdException>(() => bed.Client().GetOrderAsync(bed.Token, "1"));

        PlatformFailureAssert.RetryableHttp(status, error);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_clear_malformed_response_error()
    {
        await using var bed = await JdTestBed.StartAsync();
        await bed.FaultsAsync(new SimFaults(Garbage: 1));

        var error = await Assert.ThrowsAsync<JdException>(() => bed.Client().SearchAsync(bed.Token, Window, JdDateType.Modified, 1));

        PlatformFailureAssert.NotJson(error);
    }

    [Fact]
    public async Task A_gateway_that_does_not_answer_is_a_retryable_transport_error()
    {
        using var http = new HttpClient();
        var nobody = new Uri($"http://127.0.0.1:{FreePort.Next()}/routerjson");
        var client = new JosClient(http, new JosOptions(nobody, nobody, "app", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<JdException>(() => client.GetOrderAsync("token", "1"));

        PlatformFailureAssert.Transport(error);
    }

    [Fact]
    public async Task A_refusal_inside_apiResult_is_an_error_with_JDs_words_not_an_empty_page()
    {
        await using var bed = await JdTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<JdException>(() => bed.Client().GetOrderAsync(bed.Token, "404404"));

        Assert.Equal("404", error.Code);
        Assert.Equal("订单不存在", error.SubMessage);
        Assert.Equal(PlatformErrorClass.Unclassified, error.ErrorClass);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"jingdong_pop_order_search_responce\":null}")]
    [InlineData("{\"jingdong_pop_order_search_responce\":{\"code\":\"0\"}}")]
    [InlineData("{\"jingdong_pop_order_search_responce\":{\"code\":\"0\",\"searchorderinfo_result\":{}}}")]
    [InlineData("{\"jingdong_pop_order_search_responce\":{\"code\":\"0\",\"searchorderinfo_result\":{\"orderTotal\":\"many\"}}}")]
    [InlineData("{\"jingdong_pop_order_search_responce\":{\"code\":\"0\",\"searchorderinfo_result\":{\"orderTotal\":1,\"orderInfoList\":{\"orderId\":\"1\"}}}}")]
    [InlineData("{\"jingdong_pop_order_search_responce\":{\"code\":\"0\",\"searchorderinfo_result\":{\"orderTotal\":1,\"orderInfoList\":[1]}}}")]
    [InlineData("{\"jingdong_pop_order_search_responce\":{\"code\":\"0\",\"searchorderinfo_result\":{\"orderTotal\":1,\"orderInfoList\":[{\"orderId\":\"1\",\"orderState\":\"FINISHED_L\"}]}}}")]
    [InlineData("{\"jingdong_pop_order_search_responce\":{\"code\":\"0\",\"searchorderinfo_result\":{\"orderTotal\":1,\"orderInfoList\":[{\"orderId\":\"1\",\"orderState\":\"FINISHED_L\",\"modified\":\"2024-01-01T00:00:00Z\"}]}}}")]
    [InlineData("{\"jingdong_pop_order_search_responce\":{\"code\":\"0\",\"searchorderinfo_result\":{\"orderTotal\":1,\"orderInfoList\":[{\"orderId\":\"1\",\"orderState\":\"FINISHED_L\",\"modified\":\"2024-01-01 00:00:00\",\"orderPayment\":\"9.999\"}]}}}")]
    [InlineData("{\"jingdong_pop_order_search_responce\":{\"code\":\"0\",\"searchorderinfo_result\":{\"orderTotal\":1,\"orderInfoList\":[{\"orderId\":\"1\",\"orderState\":\"FINISHED_L\",\"modified\":\"2024-01-01 00:00:00\",\"itemInfoList\":[{\"itemTotal\":\"two\"}]}]}}}")]
    [InlineData("{\"jingdong_pop_order_search_responce\":{\"code\":\"0\",\"searchorderinfo_result\":{\"apiResult\":{\"success\":\"maybe\"},\"orderTotal\":0}}}")]
    [InlineData("{\"error_response\":\"boom\"}")]
    public async Task Malformed_answers_are_JdExceptions_never_null_reference_crashes(string body)
    {
        using var http = new HttpClient(new CannedHandler(HttpStatusCode.OK, body));
        var gateway = new Uri("http://jos.invalid/routerjson");
        var client = new JosClient(http, new JosOptions(gateway, gateway, "app", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<JdException>(() => client.SearchAsync("token", Window, JdDateType.Modified, 1));

        Assert.Equal("malformed-response", error.Code);
    }

    [Fact]
    public async Task A_gateway_error_with_a_numeric_code_is_classified_like_a_string()
    {
        const string body = "{\"error_response\":{\"code\":19,\"zh_desc\":\"token已过期或者不存在，请重新授权访问\",\"en_desc\":\"Invalid access_token\"}}";
        using var http = new HttpClient(new CannedHandler(HttpStatusCode.OK, body));
        var gateway = new Uri("http://jos.invalid/routerjson");
        var client = new JosClient(http, new JosOptions(gateway, gateway, "app", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<JdException>(() => client.GetOrderAsync("token", "1"));

        Assert.Equal(PlatformErrorClass.AuthExpired, error.ErrorClass);
        Assert.Contains("Invalid access_token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_client_sends_what_JOS_documents_and_nothing_signed_differently()
    {
        var handler = new RecordingHandler("{\"jingdong_pop_order_get_responce\":{\"code\":\"0\",\"orderDetailInfo\":{\"apiResult\":{\"success\":true},\"orderInfo\":{\"orderId\":\"7\",\"orderState\":\"FINISHED_L\",\"modified\":\"2024-05-01 08:00:00\"}}}}");
        using var http = new HttpClient(handler);
        var gateway = new Uri("http://jos.invalid/routerjson");
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero));
        var client = new JosClient(http, new JosOptions(gateway, gateway, "JDKEY", "jdsecret"), clock);

        await client.GetOrderAsync("jd-token", "7", "orderId,orderState,modified");

        var form = handler.Form!;
        Assert.Equal(HttpMethod.Post, handler.Method);
        Assert.Equal(
            ["360buy_param_json", "access_token", "app_key", "format", "method", "sign", "timestamp", "v"],
            form.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("jingdong.pop.order.get", form["method"]);
        Assert.Equal("2024-05-01 08:00:00", form["timestamp"]);
        Assert.Equal("2.0", form["v"]);
        using var business = JsonDocument.Parse(form["360buy_param_json"]);
        Assert.Equal("7", business.RootElement.GetProperty("order_id").GetString());
        Assert.Equal("orderId,orderState,modified", business.RootElement.GetProperty("optional_fields").GetString());
        var unsigned = form.Where(p => p.Key != "sign").Select(p => KeyValuePair.Create(p.Key, (string?)p.Value));
        Assert.Equal(OrderActors.Domain.Channels.Jd.JosSigner.Sign(unsigned, "jdsecret"), form["sign"]);
    }

    private sealed class CannedHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }

    private sealed class RecordingHandler(string body) : HttpMessageHandler
    {
        public HttpMethod? Method { get; private set; }

        public Dictionary<string, string>? Form { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Method = request.Method;
            var text = await request.Content!.ReadAsStringAsync(cancellationToken);
            Form = text.Split('&').Select(pair => pair.Split('=', 2))
                .ToDictionary(kv => WebUtility.UrlDecode(kv[0]), kv => WebUtility.UrlDecode(kv[1]), StringComparer.Ordinal);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }
}
