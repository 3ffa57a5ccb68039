using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OrderActors.Domain.Channels.WebStore;

namespace OrderActors.Grains.Alerts;

/// <summary>
/// POSTs each alert as JSON to a configured URL, signed the way the own web store signs the webhooks
/// it sends us (<see cref="WebhookSignature"/>): HMAC-SHA256 with the shared secret over
/// <c>{timestamp}.{body}</c>, lowercase hex, in <see cref="SignatureHeader"/>; the Unix-seconds timestamp
/// in <see cref="TimestampHeader"/>; the alert's idempotency id in <see cref="IdempotencyHeader"/>, the
/// same on every retry (each retry is signed afresh with its own timestamp). A 2xx answer is delivery;
/// 5xx, 408, 429 and timeouts are transient; any other answer is permanent.
/// </summary>
public sealed class WebhookAlertNotifier : IAlertNotifier, IDisposable
{
    public const string TimestampHeader = "X-OrderActors-Timestamp";
    public const string SignatureHeader = "X-OrderActors-Signature";
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>As for the web store's incoming webhooks: shorter keys are too easy to guess.</summary>
    public const int MinimumSecretBytes = 16;

    private readonly Uri _url;
    private readonly byte[] _secret;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;

    public WebhookAlertNotifier(WebhookAlertOptions options, TimeProvider time)
        : this(options, time, null)
    {
    }

    /// <param name="http">A client to share; null: the notifier makes its own pooled one and disposes it.</param>
    internal WebhookAlertNotifier(WebhookAlertOptions options, TimeProvider time, HttpClient? http)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (options.Url is not { IsAbsoluteUri: true } url || string.IsNullOrEmpty(options.Secret)
            || Encoding.UTF8.GetByteCount(options.Secret) < MinimumSecretBytes)
        {
            throw new ArgumentException($"The webhook alert options need an absolute Url and a Secret of at least {MinimumSecretBytes} bytes.", nameof(options));
        }

        _url = url;
        _secret = Encoding.UTF8.GetBytes(options.Secret);
        _timeout = options.Timeout;
        _time = time;
        _ownsHttp = http is null;

        // Pooled connections are recycled so a DNS change of the receiver is picked up; the timeout is per attempt, below.
        _http = http ?? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public string Name => "webhook";

    public async Task SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var body = Payload(alert);
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, _url)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } },
        };
        request.Headers.Add(TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(SignatureHeader, WebhookSignature.Compute(_secret, timestamp, body));
        request.Headers.Add(IdempotencyHeader, alert.IdempotencyId);

        using var timeout = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AlertDeliveryException($"Webhook did not answer within {_timeout}.", transient: true, ex);
        }
        catch (HttpRequestException ex)
        {
            // The message names host and port at most, never the path or query where a token may be.
            throw new AlertDeliveryException($"Webhook request failed ({ex.HttpRequestError}): {ex.Message}", transient: true, ex);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            var status = (int)response.StatusCode;
            var transient = status >= 500 || response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout;
            throw new AlertDeliveryException($"Webhook answered {status} ({response.ReasonPhrase}).", transient, null, RetryAfter(response));
        }
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    /// <summary>
    /// The documented body: <c>{"id","kind","source","occurredAt","subject","body"}</c>, UTF-8, written
    /// field by field so the contract does not depend on a serializer's settings.
    /// </summary>
    internal static byte[] Payload(Alert alert)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", alert.IdempotencyId);
            json.WriteString("kind", alert.Kind.ToString());
            json.WriteString("source", alert.Source);
            json.WriteString("occurredAt", alert.OccurredAt.ToUniversalTime());
            json.WriteString("subject", alert.Subject);
            json.WriteString("body", alert.Body);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow() is { Ticks: > 0 } wait ? wait : TimeSpan.Zero,
        _ => null,
    };
}
