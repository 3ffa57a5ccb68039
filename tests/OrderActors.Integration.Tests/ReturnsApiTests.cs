using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrderActors.Integration.Tests;

/// <summary>/api/returns over HTTP against real PostgreSQL: refusals are problems that write nothing, QC stock survives a restart.</summary>
public sealed class ReturnsApiTests : IAsyncLifetime
{
    private readonly SystemFixture _system = new();

    private HttpClient Http => _system.Http;

    public Task InitializeAsync() => _system.InitializeAsync();

    public Task DisposeAsync() => _system.DisposeAsync();

    [Fact]
    public async Task A_return_goes_from_request_to_qc_over_http_every_refusal_is_a_problem_and_the_stock_survives_a_restart()
    {
        var shipped = await Order(4, ship: true);
        var allocated = await Order(1, ship: false);
        var footprint = await _system.Footprint();

        await Refused(await Open(new { orderId = shipped, reason = "NoReason", actor = "csr", lines = new[] { new { sku = "TEA-1", quantity = 1 } } }, requestId: null), 400, null);
        await Refused(await Open(Request("web:flagship:nobody", 1)), 422, "UnknownOrder");
        await Refused(await Open(Request(allocated, 1)), 409, "OrderNotShipped");
        await Refused(await Open(Request(shipped, 5)), 409, "ExceedsShipped");
        await Refused(await Open(new { orderId = shipped, reason = "Broken?", actor = "csr", lines = new[] { new { sku = "TEA-1", quantity = 1 } } }), 400, null);
        Assert.Equal(footprint, await _system.Footprint());
        Assert.Equal(0, await _system.Database.Scalar<long>("select count(*) from returns"));

        var key = Guid.NewGuid().ToString("N");
        var created = await Open(Request(shipped, 3), key);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal($"{shipped}:R1", id);
        Assert.Equal(HttpStatusCode.OK, (await Open(Request(shipped, 3), key)).StatusCode);
        await Refused(await Open(Request(shipped, 2), key), 409, "IdempotencyConflict");

        await Refused(await Post($"/api/returns/{id}/qc", new { actor = "qc", lines = new[] { new { sku = "TEA-1", passed = 3, failed = 0 } } }), 409, "NotReceived");
        await Refused(await Post($"/api/returns/{id}/receive", new { warehouse = "WH-XX", actor = "dock" }), 422, "UnknownWarehouse");
        Assert.Equal(HttpStatusCode.OK, (await Post($"/api/returns/{id}/receive", new { warehouse = "WH-GZ", actor = "dock" })).StatusCode);
        await Refused(await Post($"/api/returns/{id}/cancel", new { actor = "csr" }), 409, "AlreadyReceived");
        await Refused(await Post($"/api/returns/{id}/qc", new { actor = "qc", lines = new[] { new { sku = "TEA-1", passed = 2, failed = 0 } } }), 422, "QuantityMismatch");
        var cellBefore = await Cell();

        var qc = await Post($"/api/returns/{id}/qc", new { actor = "qc", note = "one tin dented", lines = new[] { new { sku = "TEA-1", passed = 2, failed = 1 } } });
        Assert.Equal(HttpStatusCode.OK, qc.StatusCode);
        Assert.Equal("QcPartlyPassed", (await qc.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var cell = await Cell();
        Assert.Equal((cellBefore.OnHand + 2, cellBefore.Damaged + 1), (cell.OnHand, cell.Damaged));

        await Refused(await Post($"/api/returns/{id}/refund", new { status = "refunded", amountFen = 3 * 16800 + 1, actor = "fin" }), 422, "InvalidRefundAmount");
        Assert.Equal(HttpStatusCode.OK, (await Post($"/api/returns/{id}/refund", new { status = "refunded", amountFen = 33600, actor = "fin" })).StatusCode);
        var queue = await Http.GetFromJsonAsync<JsonElement>("/api/returns?status=QcPartlyPassed&warehouse=WH-GZ");
        var row = Assert.Single(queue.EnumerateArray());
        Assert.Equal((id, "Refunded", 33600L), (row.GetProperty("returnId").GetString(), row.GetProperty("refund").GetString(), row.GetProperty("refundFen").GetInt64()));
        await Refused(await Http.GetAsync("/api/returns?status=Lost"), 400, null);
        await Refused(await Http.GetAsync("/api/returns/web:flagship:nobody:R1"), 404, "NotFound");

        await _system.StopAll();
        await _system.StartSilo();
        _system.StartApi();

        Assert.Equal(cell, await Cell());
        Assert.Equal(HttpStatusCode.OK, (await Post($"/api/returns/{id}/qc", new { actor = "qc", lines = new[] { new { sku = "TEA-1", passed = 2, failed = 1 } } })).StatusCode);
        Assert.Equal(cell, await Cell());
        var stored = await Http.GetFromJsonAsync<JsonElement>($"/api/returns/{id}");
        Assert.Equal(["Request", "Receive", "Qc", "Refund"], stored.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("step").GetString()));
    }

    private static object Request(string orderId, int units) => new
    {
        orderId,
        reason = "QualityProblem",
        reasonText = "tea tastes stale",
        actor = "csr-li",
        lines = new[] { new { sku = "TEA-1", quantity = units } },
    };

    private Task<HttpResponseMessage> Open(object body, string? requestId = "") =>
        Send("/api/returns", body, requestId == "" ? Guid.NewGuid().ToString("N") : requestId);

    private Task<HttpResponseMessage> Post(string path, object body) => Send(path, body, null);

    private Task<HttpResponseMessage> Send(string path, object body, string? requestId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (requestId is not null)
        {
            request.Headers.Add("Idempotency-Key", requestId);
        }

        return Http.SendAsync(request);
    }

    private async Task<(int OnHand, int Damaged)> Cell()
    {
        var cell = await Http.GetFromJsonAsync<JsonElement>("/api/inventory/TEA-1/WH-GZ");
        return (cell.GetProperty("onHand").GetInt32(), cell.GetProperty("damaged").GetInt32());
    }

    /// <summary>An own-store order to Shanghai, shipped (outbound scan and waybill) or left allocated.</summary>
    private async Task<string> Order(int units, bool ship)
    {
        var key = OrderRequests.NewKey();
        Assert.Equal(HttpStatusCode.Created, (await Http.Submit(OrderRequests.Valid(sku: "TEA-1", quantity: units, province: "上海"), key)).StatusCode);
        var id = $"web:flagship:{key}";
        if (ship)
        {
            Assert.Equal(HttpStatusCode.OK, (await Post($"/api/orders/{id}/outbound-scan", new { scanId = $"scan-{key}", @operator = "packer" })).StatusCode);
            var waybill = await Post($"/api/orders/{id}/waybill", new { carrier = "SF", waybillNumber = $"SF{key[..10]}" });
            Assert.Equal("Shipped", (await waybill.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        }

        return id;
    }

    private static async Task Refused(HttpResponseMessage response, int status, string? reason)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (reason is not null)
        {
            Assert.Equal($"urn:orderactors:problem:{reason}", JsonDocument.Parse(body).RootElement.GetProperty("type").GetString());
        }
    }
}
