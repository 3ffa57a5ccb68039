using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OrderActors.Testing;

namespace OrderActors.Simulators.Tests;

/// <summary>
/// A stand-in for the OMS's <c>POST /api/wms/{warehouse}/events</c> on a free port: keeps every request as
/// it arrived and answers with the statuses queued for it (200 once the queue is empty), so the WMS
/// simulator's sends can be checked byte by byte without the cluster.
/// </summary>
internal sealed class WmsOmsStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WmsOmsStandIn(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>Statuses to answer with, in order, before answering 200.</summary>
    public ConcurrentQueue<int> Answers { get; } = new();

    public static async Task<WmsOmsStandIn> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var standIn = new WmsOmsStandIn(app, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/")));
        app.MapPost("/api/wms/{warehouse}/events", standIn.Handle);
        await app.StartAsync();
        return standIn;
    }

    private async Task<IResult> Handle(string warehouse, HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        Requests.Enqueue(new Received(
            warehouse,
            request.Headers.TryGetValue("X-OrderActors-Timestamp", out var timestamp) ? timestamp.ToString() : null,
            request.Headers.TryGetValue("X-OrderActors-Signature", out var signature) ? signature.ToString() : null,
            request.ContentType,
            buffer.ToArray()));
        var status = Answers.TryDequeue(out var queued) ? queued : 200;
        return status == 200 ? Results.Ok(new { outcome = "applied" }) : Results.Problem(statusCode: status, detail: $"stand-in answered {status}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record Received(string Warehouse, string? Timestamp, string? Signature, string? ContentType, byte[] Body);
}
