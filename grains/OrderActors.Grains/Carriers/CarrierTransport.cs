using System.Net;
using System.Text;
using System.Text.Json;

namespace OrderActors.Grains.Carriers;

/// <summary>
/// The HTTP plumbing the carrier clients share: a failure to reach the carrier, a timeout, HTTP 5xx or 429
/// is a Retryable <see cref="CarrierCallException"/>; another non-2xx answer or a body that is not JSON is not.
/// The envelopes (SF's apiResultCode, ZTO's status, Yunda's result) stay with each client.
/// </summary>
internal sealed class CarrierTransport(HttpClient http, string carrier)
{
    public string Carrier { get; } = carrier;

    /// <summary>Sends <paramref name="request"/> (and disposes it) and parses the JSON answer; the caller disposes the document.</summary>
    public async Task<JsonDocument> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using (request)
        {
            var where = request.RequestUri!.GetLeftPart(UriPartial.Path);
            string body;
            HttpStatusCode status;
            try
            {
                using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                status = response.StatusCode;
                body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e)
            {
                throw new CarrierCallException(Carrier, "transport", $"could not be reached at {where}: {e.Message}", true, e);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new CarrierCallException(Carrier, "timeout", $"did not answer in time at {where}.", true, e);
            }

            var code = (int)status;
            if (code is < 200 or >= 300)
            {
                var passing = code >= 500 || status == HttpStatusCode.TooManyRequests;
                throw new CarrierCallException(Carrier, $"http-{code}", $"answered HTTP {code} at {where}: {Excerpt(body)}", passing);
            }

            try
            {
                return JsonDocument.Parse(body);
            }
            catch (JsonException e)
            {
                throw new CarrierCallException(Carrier, "not-json", $"answered something that is not JSON at {where}: {Excerpt(body)}", false, e);
            }
        }
    }

    /// <summary>A JSON POST of <paramref name="body"/> with extra headers.</summary>
    public static HttpRequestMessage JsonPost(Uri url, string body, IEnumerable<KeyValuePair<string, string>> headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    /// <summary>The waybill the carrier answered, when it is a plausible waybill number (a 2xx without one is a carrier fault, worth a retry).</summary>
    public IssuedWaybill Issued(string? waybillNumber) =>
        waybillNumber is not null && Domain.Carriers.CarrierCode.IsValidWaybill(waybillNumber)
            ? new IssuedWaybill(Carrier, waybillNumber)
            : throw new CarrierCallException(Carrier, "no-waybill", $"accepted the order without a valid waybill number ('{waybillNumber}')", true);

    public CarrierCallException NotConfigured() =>
        new(Carrier, "not-configured", $"OrderActors:Carriers:{Carrier} needs BaseUrl, AppKey and Secret.", false);

    private static string Excerpt(string body) => body.Length > 200 ? body[..200] : body;
}
