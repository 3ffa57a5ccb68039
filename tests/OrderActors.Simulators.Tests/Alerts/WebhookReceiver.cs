using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OrderActors.Testing;

namespace OrderActors.Simulators.Tests.Alerts;

/// <summary>How the receiver answers one request: a status, after a delay, with an optional Retry-After (seconds).</summary>
internal sealed record Reply(int Status, TimeSpan Delay = default, int? RetryAfterSeconds = null);

/// <summary>One request as it came over the wire.</summary>
internal sealed record ReceivedWebhook(string? Timestamp, string? Signature, string? IdempotencyKey, string? ContentType, byte[] Body, int Answered);

/// <summary>
/// A real Kestrel endpoint on a free 127.0.0.1 port that records every POST to <see cref="Url"/> and answers
/// with the scripted replies in order, then 200 once the script is used up.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Queue<Reply> _script;
    private readonly List<ReceivedWebhook> _requests = [];

    private WebhookReceiver(WebApplication app, Uri url, IEnumerable<Reply> script)
    {
        _app = app;
        Url = url;
        _script = new Queue<Reply>(script);
    }

    /// <summary>The hook's URL; its path carries a token, as chat webhooks do, so tests can check it never reaches a log.</summary>
    public Uri Url { get; }

    public const string PathToken = "T0KEN-in-the-path-3f9c";

    public IReadOnlyList<ReceivedWebhook> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<WebhookReceiver> StartAsync(params Reply[] script)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, new Uri($"http://127.0.0.1:{port}/hooks/{PathToken}"), script);
        app.MapPost("/hooks/{token}", receiver.Receive);
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task Receive(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        Reply reply;
        lock (_requests)
        {
            reply = _script.TryDequeue(out var next) ? next : new Reply(200);
            _requests.Add(new ReceivedWebhook(
                context.Request.Headers["X-OrderActors-Timestamp"], context.Request.Headers["X-OrderActors-Signature"],
                context.Request.Headers["Idempotency-Key"], context.Request.ContentType, body.ToArray(), reply.Status));
        }

        if (reply.Delay > TimeSpan.Zero)
        {
            await Task.Delay(reply.Delay, context.RequestAborted);
        }

        if (reply.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        context.Response.StatusCode = reply.Status;
    }
}
