using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderActors.GrainInterfaces.Channels;

namespace OrderActors.ClientApi;

/// <summary>What the signed webhooks (web store, WMS) share at the edge: the raw body, their refusals as RFC 7807 problems, their OpenAPI answers.</summary>
internal static class Webhooks
{
    /// <summary>The raw body (the signature is over these bytes), or null when it is longer than <paramref name="limit"/> (read no further than that).</summary>
    public static async Task<byte[]?> ReadBody(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The refusals every signed webhook may answer, for the OpenAPI document.</summary>
    public static RouteHandlerBuilder ProducesWebhookRefusals(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>A refusal: type <c>urn:orderactors:problem:{reason}</c>, the extensions (reason, ids) as members.</summary>
    public static ProblemHttpResult Refusal(int status, string? reason, string? detail, string title, IDictionary<string, object?> extensions) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: $"urn:orderactors:problem:{reason}", extensions: extensions);

    /// <summary>A 422 with what is wrong by field (JSON path).</summary>
    public static ProblemHttpResult Invalid(string title, string? reason, string? detail, ImmutableArray<WebhookFieldError> errors, IDictionary<string, object?> extensions)
    {
        var problem = new HttpValidationProblemDetails(errors.IsDefaultOrEmpty
            ? new Dictionary<string, string[]>(StringComparer.Ordinal) { ["$"] = [title + "."] }
            : errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = title,
            Type = $"urn:orderactors:problem:{reason}",
            Detail = detail,
        };
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return TypedResults.Problem(problem);
    }

    /// <summary>A 503 with <c>Retry-After: 1</c>: the same request should be sent again.</summary>
    public static ProblemHttpResult Unavailable(HttpRequest request, string? reason, string? detail, string title, IDictionary<string, object?> extensions)
    {
        request.HttpContext.Response.Headers.RetryAfter = "1";
        return Refusal(StatusCodes.Status503ServiceUnavailable, reason, detail, title, extensions);
    }
}
