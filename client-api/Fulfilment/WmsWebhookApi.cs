using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OrderActors.GrainInterfaces.Fulfilment;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.ClientApi.Security;

namespace OrderActors.ClientApi.Fulfilment;

/// <summary>
/// /api/wms/{warehouse}/events: where a warehouse's WMS reports picking, packing and the outbound scan of
/// an order, one signed event per request (docs/wms.md). 2xx only once the event is recorded in PostgreSQL.
/// </summary>
public static class WmsWebhookApi
{
    public static IEndpointRouteBuilder MapWmsWebhookApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/wms").WithTags("WMS").MapPost("/{warehouse}/events", Receive)
            .WithSummary("A warehouse reports one event of an order (picked, packed, outbound_scan): signed (HMAC-SHA256 over '{timestamp}.{body}'), fresh (±5 minutes), once per event id.")
            .WithDescription(
                $"Headers {WmsWebhook.TimestampHeader} (Unix seconds) and {WmsWebhook.SignatureHeader} (lowercase hex HMAC-SHA256 of '{{timestamp}}.{{raw body}}' " +
                "under the warehouse's secret). 200 once the event is recorded: applied, unchanged, or duplicate (this event id and body were received before; " +
                "firstOutcome says what it came to). 409 with the order's reason when the order cannot take the event in its state (kept for review; do not " +
                "resend), or EventIdReused; 401 bad or missing signature or a timestamp outside the window; 400 not a JSON object; 422 not a valid event " +
                "(errors by field), UnknownOrder, WrongWarehouse; 404 no WMS secret for the warehouse; 413 body over 16 KiB; 503 send the same event again later.")
            .Accepts<WmsEventDocument>("application/json")
            .ProducesWebhookRefusals()
            .PublicAccess("signed by the warehouse's secret (HMAC-SHA256 over timestamp and body), fresh, once per event id");
        return app;
    }

    private static async Task<Results<Ok<WmsEventAnswer>, ProblemHttpResult>> Receive(
        string warehouse,
        HttpRequest request,
        [FromHeader(Name = WmsWebhook.TimestampHeader)] string? timestamp,
        [FromHeader(Name = WmsWebhook.SignatureHeader)] string? signature,
        IClusterClient cluster,
        CancellationToken cancellationToken)
    {
        if (!Codes.IsValidWarehouse(warehouse))
        {
            return Problems.NotFound($"Warehouse '{warehouse}'");
        }

        var body = await Webhooks.ReadBody(request, WmsWebhook.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"An event is at most {WmsWebhook.MaxBodyBytes / 1024} KiB.");
        }

        var receipt = await cluster.GetGrain<IWmsInboxGrain>(warehouse).Receive(new WmsDelivery(timestamp, signature, body));
        var extensions = new Dictionary<string, object?> { ["reason"] = receipt.Reason, ["eventId"] = receipt.EventId, ["orderId"] = receipt.OrderId };
        switch (receipt.Outcome)
        {
            case WmsOutcome.Applied or WmsOutcome.Unchanged:
                var outcome = receipt.Outcome.ToString().ToLowerInvariant();
                return TypedResults.Ok(new WmsEventAnswer(
                    receipt.Duplicate ? "duplicate" : outcome, receipt.Duplicate ? outcome : null, receipt.EventId!, receipt.OrderId!, receipt.OrderStatus?.ToString(), receipt.Detail));
            case WmsOutcome.Review:
                extensions["orderStatus"] = receipt.OrderStatus?.ToString();
                extensions["reviewId"] = receipt.ReviewId;
                extensions["duplicate"] = receipt.Duplicate;
                return Problem(StatusCodes.Status409Conflict, receipt, "The order cannot take this event in its state; it is kept for review", extensions);
            case WmsOutcome.Unauthorized:
                return Problem(StatusCodes.Status401Unauthorized, receipt, "The event is not signed with the warehouse's secret, or not now", extensions);
            case WmsOutcome.EventIdReused:
                return Problem(StatusCodes.Status409Conflict, receipt, "The event id was used before for another body", extensions);
            case WmsOutcome.MalformedBody:
                return Problem(StatusCodes.Status400BadRequest, receipt, "The body is not an event object", extensions);
            case WmsOutcome.UnknownWarehouse:
                return Problems.Of(StatusCodes.Status404NotFound, "NotFound", receipt.Detail ?? $"Warehouse '{warehouse}' was not found.", extensions);
            case WmsOutcome.InvalidEvent:
                return Webhooks.Invalid("The event is not valid", receipt.Reason, receipt.Detail, receipt.Errors, extensions);
            case WmsOutcome.UnknownOrder or WmsOutcome.WrongWarehouse:
                return Problem(StatusCodes.Status422UnprocessableEntity, receipt, "The event is not about an order of this warehouse", extensions);
            default:
                return Webhooks.Unavailable(request, receipt.Reason, receipt.Detail, "The event could not be recorded now; send the same event again", extensions);
        }
    }

    private static ProblemHttpResult Problem(int status, WmsReceipt receipt, string title, Dictionary<string, object?> extensions) =>
        Webhooks.Refusal(status, receipt.Reason, receipt.Detail, title, extensions);
}
