using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OrderActors.Domain.Channels;

namespace OrderActors.Grains.Channels;

/// <summary>
/// The HTTP plumbing every marketplace client shares: sending a request with transport failures and
/// timeouts turned into Retryable <see cref="PlatformCallException"/>s, reading a body that may not be
/// JSON, and turning a non-2xx answer that carries no platform error into one. Envelopes and error
/// bodies stay with each client: they are what differs between platforms.
/// </summary>
internal sealed class PlatformHttp
{
    /// <summary>How much of an unexpected body goes into a message: enough to recognise an HTML error page, not a whole one.</summary>
    private const int ExcerptLength = 200;

    private readonly HttpClient _http;
    private readonly string _platform;
    private readonly PlatformExceptionFactory _newException;

    /// <param name="http">The shared client (<see cref="ChannelHttp"/>).</param>
    /// <param name="platform">How messages name the platform: "TOP", "JOS", "The web store" ….</param>
    /// <param name="newException">Makes the platform's own exception.</param>
    public PlatformHttp(HttpClient http, string platform, PlatformExceptionFactory newException)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentException.ThrowIfNullOrWhiteSpace(platform);
        ArgumentNullException.ThrowIfNull(newException);
        _http = http;
        _platform = platform;
        _newException = newException;
    }

    /// <summary>A form-encoded POST, the way TOP, JOS and Pinduoduo take every call.</summary>
    public Task<PlatformResponse> PostFormAsync(Uri url, IReadOnlyDictionary<string, string> form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        return SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// Sends <paramref name="request"/> (and disposes it) and reads the whole body. A failure to reach the
    /// platform or a timeout is Retryable; our own cancellation stays a cancellation.
    /// </summary>
    public async Task<PlatformResponse> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using (request)
        {
            // Named without the query: some calls (JD's token refresh) carry the app secret there.
            var where = request.RequestUri!.GetLeftPart(UriPartial.Path);
            try
            {
                using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                return new PlatformResponse((int)response.StatusCode, body, response.Headers);
            }
            catch (HttpRequestException e)
            {
                throw _newException(PlatformErrorClass.Retryable, "transport", $"{_platform} could not be reached at {where}: {e.Message}", e, null);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw _newException(PlatformErrorClass.Retryable, "timeout", $"{_platform} did not answer in time at {where}.", e, null);
            }
        }
    }

    /// <summary>The body as JSON, or null when it is not JSON (an HTML error page, an empty body): the caller decides what that means.</summary>
    public static JsonDocument? ParseOrNull(string body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The start of <paramref name="body"/>, short enough for a message.</summary>
    public static string Excerpt(string body) => body.Length > ExcerptLength ? body[..ExcerptLength] : body;

    /// <summary>Whether an HTTP status is a passing fault of the platform or its edge, whatever the body says: 5xx and 429.</summary>
    public static bool IsPassingFault(int status) => status >= 500 || status == (int)HttpStatusCode.TooManyRequests;

    /// <summary>Throws <c>http-{status}</c> for a non-2xx answer: Retryable for 5xx and 429, anything else is not known to be.</summary>
    public void ThrowOnHttpFailure(PlatformResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Status is >= 200 and < 300)
        {
            return;
        }

        var errorClass = IsPassingFault(response.Status) ? PlatformErrorClass.Retryable : PlatformErrorClass.Unclassified;
        throw _newException(
            errorClass,
            string.Create(CultureInfo.InvariantCulture, $"http-{response.Status}"),
            string.Create(CultureInfo.InvariantCulture, $"{_platform} answered HTTP {response.Status}: {Excerpt(response.Body)}"),
            null,
            response.Status);
    }
}
