using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderActors.ClientApi.Security;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.ClientApi.Orders;

/// <summary>
/// /api/orders/{orderId}/notes: what customer service wrote on an order. The author is the signed-in caller, never
/// the body; a note is in PostgreSQL before the answer; a retry with the same request id gets the same note.
/// </summary>
public static class OrderNotesApi
{
    public const int MaxTextLength = 2000;

    public static IEndpointRouteBuilder MapOrderNotesApi(this IEndpointRouteBuilder app)
    {
        var notes = app.MapGroup("/api/orders/{orderId}/notes").WithTags("Order notes");
        notes.MapPost("/", Add)
            .WithSummary("Add a note to an order (text 1-2000 characters; idempotent by requestId); the author is the caller.")
            .RequireScope(Scopes.Notes);
        notes.MapGet("/", List).WithSummary("The order's notes, oldest first.").RequireScope(Scopes.Read);
        return app;
    }

    private static async Task<Results<Created<OrderNote>, Ok<OrderNote>, ProblemHttpResult, ValidationProblem>> Add(
        string orderId, AddOrderNoteRequest? request, HttpContext context, IClusterClient cluster)
    {
        if (!OrderId.TryParse(orderId, out _))
        {
            return Problems.NotFound($"Order '{orderId}'");
        }

        var errors = new Dictionary<string, string[]>();
        var text = request?.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxTextLength)
        {
            errors["text"] = [$"1-{MaxTextLength} characters."];
        }

        if (!Codes.IsValidPlatformOrderId(request?.RequestId))
        {
            errors["requestId"] = [$"Required: 1-{Codes.MaxPlatformOrderIdLength} letters, digits, '.', '-' or '_'."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The note is not valid");
        }

        if (await cluster.GetGrain<IOrderGrain>(orderId).Get() is null)
        {
            return Problems.NotFound($"Order '{orderId}'");
        }

        var result = await cluster.GetGrain<IOrderNotesGrain>(0).Add(orderId, request!.RequestId!, text!, context.User.Identity?.Name);
        return result.Outcome switch
        {
            AddNoteOutcome.Added => TypedResults.Created($"/api/orders/{Uri.EscapeDataString(orderId)}/notes", result.Note),
            AddNoteOutcome.Replayed => TypedResults.Ok(result.Note),
            _ => Problems.Of(StatusCodes.Status409Conflict, "IdempotencyConflict",
                $"Request id '{request.RequestId}' already added a different note to this order.", new Dictionary<string, object?> { ["orderId"] = orderId }),
        };
    }

    private static async Task<Results<Ok<ImmutableArray<OrderNote>>, ProblemHttpResult>> List(string orderId, IClusterClient cluster)
    {
        if (!OrderId.TryParse(orderId, out _) || await cluster.GetGrain<IOrderGrain>(orderId).Get() is null)
        {
            return Problems.NotFound($"Order '{orderId}'");
        }

        return TypedResults.Ok(await cluster.GetGrain<IOrderNotesGrain>(0).List(orderId));
    }
}
