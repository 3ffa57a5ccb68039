using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrderActors.LoadTest;

/// <summary>Drives the client API over HTTP, as a web store, a marketplace connector or a WMS would.</summary>
public sealed class HttpTarget(HttpClient http, bool ownsClient) : ILoadTarget
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Kind => "http";

    /// <summary>Where the client API takes its API key.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>A client for a base URL with a connection pool as large as the requests in flight, authenticated by <paramref name="apiKey"/>.</summary>
    public static HttpTarget For(Uri baseAddress, int maxInFlight, string apiKey)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxInFlight,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
        };
        var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add(ApiKeyHeader, apiKey);
        return new HttpTarget(http, ownsClient: true);
    }

    public async Task<OperationOutcome> Submit(LoadOrder order, CancellationToken cancellationToken)
    {
        var isWeb = order.Channel == "web";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders")
        {
            Content = JsonContent.Create(new
            {
                channel = order.Channel,
                shop = order.Shop,
                platformOrderId = isWeb ? null : order.ExternalId,
                lines = order.Lines.Select(l => new { sku = l.Sku, quantity = l.Quantity, unitPriceFen = 1000 }),
                address = new { recipient = "Load Test", phone = "13900139000", province = order.Address.Province, city = order.Address.City, detail = "1 Load Rd" },
                onShortfall = order.Backorder ? "backorder" : "reject",
            }),
        };
        if (isWeb)
        {
            request.Headers.Add("Idempotency-Key", order.ExternalId);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.Created or HttpStatusCode.OK:
                using (var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken))
                {
                    var backordered = body.RootElement.GetProperty("order").GetProperty("backordered").GetBoolean();
                    return new OperationOutcome("ok", Accepted: true, Backordered: backordered);
                }

            case HttpStatusCode.Conflict:
                return new OperationOutcome("refused:" + await ProblemReason(response, cancellationToken));
            default:
                return new OperationOutcome($"http:{(int)response.StatusCode}");
        }
    }

    public Task<OperationOutcome> GetStatus(string orderId, CancellationToken cancellationToken) =>
        Get($"/api/orders/{Uri.EscapeDataString(orderId)}", cancellationToken);

    public Task<OperationOutcome> GetTracking(string orderId, CancellationToken cancellationToken) =>
        Get($"/api/orders/{Uri.EscapeDataString(orderId)}/tracking", cancellationToken);

    public async Task<OperationOutcome> AdjustStock(string sku, string warehouse, int received, CancellationToken cancellationToken)
    {
        var path = $"/api/inventory/{sku}/{warehouse}";
        using var current = await http.GetAsync(path, cancellationToken);
        if (!current.IsSuccessStatusCode)
        {
            return new OperationOutcome($"http:{(int)current.StatusCode}");
        }

        var cell = await current.Content.ReadFromJsonAsync<CellBody>(Json, cancellationToken);
        using var response = await http.PutAsJsonAsync(path, new { onHand = cell!.OnHand + received }, cancellationToken);
        return response.IsSuccessStatusCode ? OperationOutcome.Ok
            : response.StatusCode == HttpStatusCode.Conflict ? new OperationOutcome("refused:" + await ProblemReason(response, cancellationToken))
            : new OperationOutcome($"http:{(int)response.StatusCode}");
    }

    public async Task<AuditOrder?> ReadOrder(string orderId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"/api/orders/{Uri.EscapeDataString(orderId)}", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<OrderBody>(Json, cancellationToken);
        var order = body!.Order;
        return new AuditOrder(order.Id, order.Status, order.Backordered, [.. order.Reservations.Select(r => new AuditReservation(r.Sku, r.Warehouse, r.Quantity))]);
    }

    public async Task<AuditCell> ReadCell(string sku, string warehouse, CancellationToken cancellationToken)
    {
        var cell = await http.GetFromJsonAsync<CellBody>($"/api/inventory/{sku}/{warehouse}", Json, cancellationToken);
        return new AuditCell(sku, warehouse, cell!.OnHand, cell.Reserved, cell.OpenReservations);
    }

    public ValueTask DisposeAsync()
    {
        if (ownsClient)
        {
            http.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private async Task<OperationOutcome> Get(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return new OperationOutcome($"http:{(int)response.StatusCode}");
        }

        // Read the body: a client pays for it, and the connection goes back to the pool only then.
        await response.Content.CopyToAsync(Stream.Null, cancellationToken);
        return OperationOutcome.Ok;
    }

    private static async Task<string> ProblemReason(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<ProblemBody>(Json, cancellationToken);
            var type = problem?.Type ?? "";
            var colon = type.LastIndexOf(':');
            return colon >= 0 ? type[(colon + 1)..] : "Conflict";
        }
        catch (JsonException)
        {
            return "Conflict";
        }
    }

    private sealed record ProblemBody(string? Type);

    private sealed record CellBody(int OnHand, int Reserved, int OpenReservations);

    private sealed record OrderBody(OrderPart Order);

    private sealed record OrderPart(string Id, string Status, bool Backordered, IReadOnlyList<ReservationPart> Reservations);

    private sealed record ReservationPart(string Warehouse, string Sku, int Quantity);
}
