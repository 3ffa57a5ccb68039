using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OrderActors.Domain.Channels.WebStore;
using OrderActors.Grains.Channels.WebStore;
using OrderActors.Testing;

namespace OrderActors.Simulators.Tests;

/// <summary>
/// A stand-in receiver on a free port that checks pushes the way the contract says (signature and
/// window with the domain's verifier, delivery ids with the seen-set, the body with the order reader)
/// and keeps what it received, so the simulator's pushes can be tested without the cluster.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private SeenDeliveries _seen = SeenDeliveries.Empty;

    private WebhookReceiver(WebApplication app, Uri url, string secret)
    {
        _app = app;
        Url = url;
        Secret = secret;
    }

    public Uri Url { get; }

    public string Secret { get; }

    public ConcurrentQueue<Received> Deliveries { get; } = new();

    public static async Task<WebhookReceiver> StartAsync(string secret)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/hook")), secret);
        app.MapPost("/hook", receiver.Handle);
        await app.StartAsync();
        return receiver;
    }

    private async Task<IResult> Handle(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var received = new Received(
            request.Headers[WebStoreProtocol.TimestampHeader].ToString(),
            request.Headers[WebStoreProtocol.SignatureHeader].ToString(),
            request.Headers[WebStoreProtocol.DeliveryIdHeader].ToString(),
            request.ContentType,
            body);
        Deliveries.Enqueue(received);

        var verdict = new WebhookVerifier(Encoding.UTF8.GetBytes(Secret), WebStoreProtocol.DefaultTolerance)
            .Verify(received.Timestamp, received.Signature, body, DateTimeOffset.UtcNow);
        if (!verdict.Accepted)
        {
            return Results.Problem(statusCode: 401, detail: verdict.Rejection.ToString());
        }

        var digest = WebhookSignature.BodyDigest(body);
        switch (_seen.Check(received.DeliveryId, digest))
        {
            case DeliveryCheck.Duplicate:
                return Results.Ok(new { outcome = "duplicate" });
            case DeliveryCheck.Conflict:
                return Results.Problem(statusCode: 409, detail: nameof(WebhookRejection.Replayed));
        }

        using var document = JsonDocument.Parse(body);
        if (!WebStoreOrderJson.Read(document.RootElement).IsValid)
        {
            return Results.Problem(statusCode: 422);
        }

        _seen = _seen.Remember(new SeenDelivery(received.DeliveryId, digest, verdict.SignedAt!.Value));
        return Results.Ok(new { outcome = "created" });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record Received(string Timestamp, string Signature, string DeliveryId, string? ContentType, byte[] Body);
}
