using System.Net;

namespace OrderActors.Integration.Tests;

/// <summary>/api/channel-shipments at the edge: bad ids and filters are 400 problems, unknown write-backs 404, lists answer.</summary>
[Collection(SystemCollection.Name)]
public sealed class ChannelShipmentsApiTests(SystemFixture system)
{
    [Theory]
    [InlineData("GET", "/api/channel-shipments/not-an-order-id", HttpStatusCode.BadRequest, "orderId")]
    [InlineData("GET", "/api/channel-shipments/taobao:shop1:404404", HttpStatusCode.NotFound, "taobao:shop1:404404")]
    [InlineData("POST", "/api/channel-shipments/taobao:shop1:404404/retry", HttpStatusCode.NotFound, "taobao:shop1:404404")]
    [InlineData("POST", "/api/channel-shipments/ebay:shop1:1/retry", HttpStatusCode.BadRequest, "orderId")]
    [InlineData("GET", "/api/channel-shipments", HttpStatusCode.BadRequest, "status")]
    [InlineData("GET", "/api/channel-shipments?status=shipped", HttpStatusCode.BadRequest, "status")]
    [InlineData("GET", "/api/channel-shipments?status=failed&limit=0", HttpStatusCode.BadRequest, "limit")]
    public async Task A_bad_or_unknown_request_is_a_problem_that_says_what(string method, string path, HttpStatusCode status, string mentions)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        var response = await system.Http.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(mentions, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("failed")]
    [InlineData("pending")]
    public async Task The_lists_answer_from_the_table(string status)
    {
        var response = await system.Http.GetAsync($"/api/channel-shipments?status={status}&limit=10");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("[", (await response.Content.ReadAsStringAsync()).TrimStart(), StringComparison.Ordinal);
    }
}
