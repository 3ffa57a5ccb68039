using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.ClientApi.Security;

namespace OrderActors.ClientApi.Channels;

/// <summary>
/// /api/channels/web/{shop}/webhook: where the seller's own web store pushes its orders, signed with
/// the shop's webhook secret (docs/channels-webstore.md). 2xx only once the order update is durable.
/// </summary>
public static class WebStoreWebhookApi
{
    public static IEndpointRouteBuilder MapWebStoreWebhookApi(this IEndpointRouteBuilder app)
    {
        var web = app.MapGroup("/api/channels/web").WithTags("Channels");
        web.MapPost("/{shop}/webhook", Receive)
            .WithSummary("The own web store pushes an order: signed (HMAC-SHA256 over '{timestamp}.{body}'), fresh (±5 minutes), once per delivery id.")
            .WithDescription(
                $"Headers {WebStoreWebhook.TimestampHeader} (Unix seconds), {WebStoreWebhook.SignatureHeader} (lowercase hex HMAC-SHA256 of " +
                $"'{{timestamp}}.{{raw body}}' under the shop's webhook secret) and {WebStoreWebhook.DeliveryIdHeader}. 200 once the order update is " +
                "durable (created, updated, unchanged, ignored, or duplicate for a delivery accepted before); 401 bad or missing signature or a " +
                "timestamp outside the window; 409 a delivery id reused with another body; 400 no delivery id or a body that is not JSON; " +
                "422 not a valid order (errors by field); 404 no web shop with a webhook secret; 413 body over 256 KiB; 503 retry later.")
            .Accepts<WebStoreOrderDocument>("application/json")
            .ProducesWebhookRefusals()
            .PublicAccess("signed by the shop's webhook secret (HMAC-SHA256 over timestamp and body), fresh, once per delivery id");
        web.MapGet("/{shop}/webhook", Stats)
            .WithSummary("The shop's webhook: deliveries accepted and repeated, orders created, refusals by reason since the inbox started.")
            .RequireScope(Scopes.Read);
        return app;
    }

    private static async Task<Results<Ok<WebhookAnswer>, ProblemHttpResult>> Receive(
        string shop,
        HttpRequest request,
        [FromHeader(Name = WebStoreWebhook.TimestampHeader)] string? timestamp,
        [FromHeader(Name = WebStoreWebhook.SignatureHeader)] string? signature,
        [FromHeader(Name = WebStoreWebhook.DeliveryIdHeader)] string? deliveryId,
        IClusterClient cluster,
        CancellationToken cancellationToken)
    {
        if (!Codes.IsValidShop(shop))
        {
            return Problems.NotFound($"Web shop '{shop}'");
        }

        var body = await Webhooks.ReadBody(request, WebStoreWebhook.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"A webhook body is at most {WebStoreWebhook.MaxBodyBytes / 1024} KiB.");
        }

        var receipt = await cluster.GetGrain<IWebStoreInboxGrain>(shop).Receive(new WebhookDelivery(timestamp, signature, deliveryId, body));
        if (receipt.Durable)
        {
            return TypedResults.Ok(new WebhookAnswer(receipt.Outcome.ToString().ToLowerInvariant(), receipt.OrderId, receipt.Detail));
        }

        var extensions = new Dictionary<string, object?> { ["reason"] = receipt.Reason, ["orderId"] = receipt.OrderId };
        switch (receipt.Outcome)
        {
            case WebhookOutcome.Unauthorized:
                return Problem(StatusCodes.Status401Unauthorized, receipt, "The delivery is not signed by the shop's webhook secret, or not now", extensions);
            case WebhookOutcome.Replayed:
                return Problem(StatusCodes.Status409Conflict, receipt, "The delivery id was used before for another body", extensions);
            case WebhookOutcome.BadDeliveryId:
            case WebhookOutcome.MalformedBody:
                return Problem(StatusCodes.Status400BadRequest, receipt, "The delivery is malformed", extensions);
            case WebhookOutcome.UnknownShop:
                return Problems.Of(StatusCodes.Status404NotFound, "NotFound", receipt.Detail ?? $"Web shop '{shop}' was not found.", extensions);
            case WebhookOutcome.InvalidOrder:
                return Webhooks.Invalid("The order is not valid", receipt.Reason, receipt.Detail, receipt.Errors, extensions);
            default:
                return Webhooks.Unavailable(request, receipt.Reason, receipt.Detail, "The delivery could not be made durable now; retry it", extensions);
        }
    }

    private static async Task<Results<Ok<WebhookInboxStats>, ProblemHttpResult>> Stats(string shop, IClusterClient cluster)
    {
        if (!Codes.IsValidShop(shop) || !(await cluster.GetGrain<IChannelConnectorGrain>($"web:{shop}").GetHealth()).Configured)
        {
            return Problems.NotFound($"Web shop '{shop}'");
        }

        return TypedResults.Ok(await cluster.GetGrain<IWebStoreInboxGrain>(shop).GetStats());
    }

    private static ProblemHttpResult Problem(int status, WebhookReceipt receipt, string title, Dictionary<string, object?> extensions) =>
        Webhooks.Refusal(status, receipt.Reason, receipt.Detail, title, extensions);
}

/// <summary>The answer to a durable delivery.</summary>
/// <param name="Outcome">created, updated, unchanged, ignored (not paid yet) or duplicate (this delivery was accepted before).</param>
/// <param name="OrderId">The order id, <c>web:{shop}:{id}</c> (absent for a duplicate).</param>
public sealed record WebhookAnswer(string Outcome, string? OrderId, string? Detail);
