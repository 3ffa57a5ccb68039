using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels.WebStore;
using OrderActors.Simulators;
using OrderActors.Testing;

namespace OrderActors.Simulators.Tests;

public sealed class WebStoreErrorTests
{
    private static readonly PullWindow Window = new(new DateTimeOffset(2024, 5, 1, 0, 0, 0, WebOrders.China), new DateTimeOffset(2024, 5, 1, 0, 30, 0, WebOrders.China));

    [Fact]
    public async Task An_unknown_token_is_401_invalid_token_and_AuthExpired()
    {
        await using var bed = await WebStoreTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<WebStoreException>(() => bed.Client().ListUpdatedAsync("not-a-token", Window, 1));

        Assert.Equal(("invalid_token", PlatformErrorClass.AuthExpired, 401), (error.Code, error.ErrorClass, error.HttpStatus));
    }

    [Fact]
    public async Task An_injected_throttle_is_a_429_with_Retry_After_retryable_and_the_next_call_goes_through()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        await bed.FaultsAsync(new SimFaults(Throttles: 1));
        var client = bed.Client();

        var error = await Assert.ThrowsAsync<WebStoreException>(() => client.ListUpdatedAsync(bed.Session.AccessToken, Window, 1));
        var next = await client.ListUpdatedAsync(bed.Session.AccessToken, Window, 1);

        Assert.Equal(("rate_limited", PlatformErrorClass.Retryable, 429), (error.Code, error.ErrorClass, error.HttpStatus));
        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
        Assert.False(next.HasNext);
    }

    [Fact]
    public async Task Calls_beyond_the_shops_rate_limit_in_one_second_are_throttled_until_the_next_second()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero));
        await using var bed = await WebStoreTestBed.StartAsync(clock);
        bed.State.SetCallsPerSecond(2);
        var client = bed.Client();

        await client.ListUpdatedAsync(bed.Session.AccessToken, Window, 1);
        await client.ListUpdatedAsync(bed.Session.AccessToken, Window, 1);
        var third = await Assert.ThrowsAsync<WebStoreException>(() => client.ListUpdatedAsync(bed.Session.AccessToken, Window, 1));
        clock.Advance(TimeSpan.FromSeconds(1));
        await client.ListUpdatedAsync(bed.Session.AccessToken, Window, 1);

        Assert.Equal(PlatformErrorClass.Retryable, third.ErrorClass);
        Assert.Equal(3, (await bed.CallsAsync()).ByOutcome["ok"]);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task An_HTTP_5xx_is_retryable(int status)
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        await bed.FaultsAsync(new SimFaults(ServerErrors: 1, ServerErrorStatus: status));

        var error = await Assert.ThrowsAsync<WebStoreException>(() => bed.Client().ListUpdatedAsync(bed.Session.AccessToken, Window, 1));

        PlatformFailureAssert.RetryableHttp(status, error);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_clear_malformed_response_error()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        await bed.FaultsAsync(new SimFaults(Garbage: 1));

        var error = await Assert.ThrowsAsync<WebStoreException>(() => bed.Client().ListUpdatedAsync(bed.Session.AccessToken, Window, 1));

        Assert.Equal(("malformed-response", PlatformErrorClass.Unclassified), (error.Code, error.ErrorClass));
        Assert.Contains("not JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_that_does_not_answer_is_a_retryable_transport_error()
    {
        using var http = new HttpClient();
        var nobody = new Uri($"http://127.0.0.1:{FreePort.Next()}/webstore/api/");
        var client = new WebStoreClient(http, new WebStoreClientOptions(nobody, nobody, "app", "secret"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<WebStoreException>(() => client.ListUpdatedAsync("token", Window, 1));

        Assert.Equal(("transport", PlatformErrorClass.Retryable), (error.Code, error.ErrorClass));
    }

    private const string Order = """{"id":"W1","status":"paid","created_at":"2024-05-01T00:00:00Z","updated_at":"2024-05-01T00:01:00Z","paid_at":"2024-05-01T00:00:30Z","lines":[{"sku":"TEA-1","quantity":1,"unit_price_fen":100}],"shipping_address":{"recipient":"A","phone":"1","province":"浙江省","city":"杭州市","detail":"x"}}""";

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"items":{},"total":0,"page":1,"has_next":false}""")]
    [InlineData("""{"items":[],"page":1,"has_next":false}""")]
    [InlineData("""{"items":[],"total":0,"page":1}""")]
    [InlineData("""{"items":[],"total":"0","page":1,"has_next":false}""")]
    [InlineData("""{"items":[],"total":0,"page":1,"has_next":"no"}""")]
    [InlineData("""{"items":[1],"total":1,"page":1,"has_next":false}""")]
    [InlineData("""{"items":[{"id":"W1"}],"total":1,"page":1,"has_next":false}""")]
    public async Task Answers_that_break_the_list_contract_are_malformed_response_errors(string body)
    {
        var error = await Assert.ThrowsAsync<WebStoreException>(() => Canned(HttpStatusCode.OK, body).ListUpdatedAsync("token", Window, 1));

        Assert.Equal("malformed-response", error.Code);
    }

    [Theory]
    [InlineData("\"unit_price_fen\":100", "\"unit_price_fen\":1.5", "lines[0].unit_price_fen")]
    [InlineData("\"unit_price_fen\":100", "\"unit_price_fen\":\"1.00\"", "lines[0].unit_price_fen")]
    [InlineData("\"quantity\":1", "\"quantity\":\"1\"", "lines[0].quantity")]
    [InlineData("\"updated_at\":\"2024-05-01T00:01:00Z\"", "\"updated_at\":\"2024-05-01 00:01:00\"", "updated_at")]
    [InlineData("\"updated_at\":\"2024-05-01T00:01:00Z\"", "\"updated_at\":\"2024-05-01T00:01:00\"", "updated_at")]
    [InlineData("\"id\":\"W1\"", "\"id\":\"W 1\"", "id")]
    public async Task An_order_of_the_wrong_types_stops_the_pull_naming_the_order_and_the_field(string replace, string with, string field)
    {
        var body = $$"""{"items":[{{Order.Replace(replace, with, StringComparison.Ordinal)}}],"total":1,"page":1,"has_next":false}""";

        var error = await Assert.ThrowsAsync<WebStoreException>(() => Canned(HttpStatusCode.OK, body).ListUpdatedAsync("token", Window, 1));

        Assert.Equal("malformed-response", error.Code);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_incomplete_order_is_listed_for_the_order_grain_to_refuse_with_its_own_reason()
    {
        var incomplete = Order.Replace("\"shipping_address\":{\"recipient\":\"A\",\"phone\":\"1\",\"province\":\"浙江省\",\"city\":\"杭州市\",\"detail\":\"x\"}", "\"shipping_address\":null", StringComparison.Ordinal);
        var body = $$"""{"items":[{{incomplete}}],"total":1,"page":1,"has_next":false}""";

        var page = await Canned(HttpStatusCode.OK, body).ListUpdatedAsync("token", Window, 1);

        Assert.Equal(string.Empty, Assert.Single(page.Orders).ToUpdate().Order.Address.Province);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, """{"code":"insufficient_scope","title":"insufficient scope"}""", "insufficient_scope", PlatformErrorClass.Permanent)]
    [InlineData(HttpStatusCode.Forbidden, "", "http-403", PlatformErrorClass.Permanent)]
    [InlineData(HttpStatusCode.Unauthorized, "", "http-401", PlatformErrorClass.AuthExpired)]
    [InlineData(HttpStatusCode.BadRequest, """{"code":"invalid_parameter","param":"page"}""", "invalid_parameter", PlatformErrorClass.Permanent)]
    [InlineData(HttpStatusCode.NotFound, "<html>not here</html>", "http-404", PlatformErrorClass.Unclassified)]
    [InlineData(HttpStatusCode.InternalServerError, """{"code":"invalid_token"}""", "invalid_token", PlatformErrorClass.Retryable)]
    [InlineData(HttpStatusCode.Conflict, """{"code":"brand_new_code"}""", "brand_new_code", PlatformErrorClass.Unclassified)]
    public async Task Problem_answers_are_classified_by_status_then_code(HttpStatusCode status, string body, string code, PlatformErrorClass expected)
    {
        var error = await Assert.ThrowsAsync<WebStoreException>(() => Canned(status, body).ListUpdatedAsync("token", Window, 1));

        Assert.Equal((code, expected, (int)status), (error.Code, error.ErrorClass, error.HttpStatus));
    }

    private static WebStoreClient Canned(HttpStatusCode status, string body)
    {
        var api = new Uri("http://store.invalid/webstore/api/");
#pragma warning disable CA2000 // The client owns the handler and lives as long as the test.
        var http = new HttpClient(new CannedHandler(status, body));
#pragma warning restore CA2000
        return new WebStoreClient(http, new WebStoreClientOptions(api, api, "app", "secret"), TimeProvider.System);
    }

    private sealed class CannedHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/problem+json") });
    }
}
