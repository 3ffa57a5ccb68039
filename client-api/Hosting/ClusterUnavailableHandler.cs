using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace OrderActors.ClientApi.Hosting;

/// <summary>
/// The cluster not answering is the server's problem, not the client's: 503 with Retry-After, so
/// a client retries with the same idempotency key (which is safe). Nothing else is mapped here;
/// other exceptions become a plain 500 problem without a stack trace.
/// </summary>
internal sealed class ClusterUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (SiloUnavailableException or OrleansMessageRejectionException or TimeoutException or OrleansException))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "1";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The order cluster is unavailable",
                Detail = "Retry the request; requests with the same idempotency key are safe to repeat.",
            },
            Exception = exception,
        });
    }
}
