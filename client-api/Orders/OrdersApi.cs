using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Routing;
using OrderActors.GrainInterfaces.Tracking;
using OrderActors.ClientApi.Security;

namespace OrderActors.ClientApi.Orders;

/// <summary>/api/orders: submit orders, read them with history and tracking, move them along.</summary>
public static class OrdersApi
{
    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/api/orders").WithTags("Orders");
        orders.MapPost("/", Submit)
            .WithSummary("Submit an order (idempotent by Idempotency-Key or platform order id); answers once it is durable.")
            .RequireScope(Scopes.OrdersWrite);
        orders.MapGet("/{orderId}", Get).WithSummary("An order with its status history and tracking timeline.").RequireScope(Scopes.Read);
        orders.MapGet("/{orderId}/tracking", GetTracking).WithSummary("The customer-facing tracking timeline.").RequireScope(Scopes.Read);
        orders.MapPost("/{orderId}/pay", Pay).WithSummary("Payment arrived for an order awaiting payment.").RequireScope(Scopes.OrdersWrite);
        orders.MapPost("/{orderId}/cancel", Cancel).WithSummary("Cancel an order that has not left the warehouse; releases its stock.").RequireScope(Scopes.OrdersWrite);
        orders.MapPost("/{orderId}/outbound-scan", OutboundScan).WithSummary("The warehouse scanned the parcel out.").RequireScope(Scopes.OrdersWrite);
        orders.MapPost("/{orderId}/waybill", Waybill).WithSummary("Bind the carrier's waybill; with an outbound scan the order ships.").RequireScope(Scopes.OrdersWrite);
        orders.MapPost("/{orderId}/delivery", Delivery).WithSummary("The carrier delivered the parcel.").RequireScope(Scopes.OrdersWrite);
        orders.MapPost("/{orderId}/complete", Complete).WithSummary("Close a delivered order.").RequireScope(Scopes.OrdersWrite);
        orders.MapPost("/{orderId}/reroute", Reroute).WithSummary("Give an allocated order's stock back and route it again.").RequireScope(Scopes.OrdersWrite);
        orders.MapGet("/{orderId}/decisions", Decisions)
            .WithSummary("Every routing decision of the order: candidates, availability, cost, days, scores, exclusions, the choice.")
            .RequireScope(Scopes.Read);
        return app;
    }

    private static async Task<Results<Created<OrderResponse>, Ok<OrderResponse>, ProblemHttpResult, ValidationProblem>> Submit(
        SubmitOrderRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        IClusterClient cluster,
        TimeProvider time)
    {
        var errors = request.Validate(idempotencyKey, time, out var orderId, out var command);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The order is not valid");
        }

        var result = await cluster.GetGrain<IOrderGrain>(orderId!).Submit(command!);
        var extensions = new Dictionary<string, object?> { ["orderId"] = orderId };
        switch (result.Outcome)
        {
            case SubmitOutcome.Accepted:
                var body = new OrderResponse(result.Order!, null);
                return result.Replayed ? TypedResults.Ok(body) : TypedResults.Created($"/api/orders/{Uri.EscapeDataString(orderId!)}", body);
            case SubmitOutcome.Refused:
                extensions["status"] = result.Order?.Status.ToString();
                return Problems.Of(StatusCodes.Status409Conflict, result.Reason ?? "OutOfStock", result.Detail ?? "No warehouse has the stock.", extensions);
            case SubmitOutcome.IdempotencyConflict:
                return Problems.Of(StatusCodes.Status409Conflict, "IdempotencyConflict", result.Detail!, extensions);
            default:
                return Problems.Of(StatusCodes.Status422UnprocessableEntity, result.Reason ?? "Invalid", result.Detail ?? "The order is not valid.", extensions);
        }
    }

    private static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> Get(string orderId, IClusterClient cluster)
    {
        if (!OrderId.TryParse(orderId, out _))
        {
            return Problems.NotFound($"Order '{orderId}'");
        }

        var order = await cluster.GetGrain<IOrderGrain>(orderId).Get();
        if (order is null)
        {
            return Problems.NotFound($"Order '{orderId}'");
        }

        var tracking = await cluster.GetGrain<ITrackingGrain>(orderId).GetTimeline();
        return TypedResults.Ok(new OrderResponse(order, tracking));
    }

    private static async Task<Results<Ok<TrackingTimeline>, ProblemHttpResult>> GetTracking(string orderId, IClusterClient cluster)
    {
        if (!OrderId.TryParse(orderId, out _) || await cluster.GetGrain<IOrderGrain>(orderId).Get() is null)
        {
            return Problems.NotFound($"Order '{orderId}'");
        }

        return TypedResults.Ok(await cluster.GetGrain<ITrackingGrain>(orderId).GetTimeline());
    }

    private static Task<Results<Ok<OrderView>, ProblemHttpResult, ValidationProblem>> Pay(string orderId, PayOrderRequest? request, IClusterClient cluster, TimeProvider time) =>
        Command(orderId, cluster, [], g => g.Pay(request?.PaidAt ?? time.GetUtcNow()));

    private static Task<Results<Ok<OrderView>, ProblemHttpResult, ValidationProblem>> Cancel(string orderId, CancelOrderRequest request, IClusterClient cluster, HttpContext context)
    {
        var actor = Actors.Of(context, request.Actor);
        return Command(orderId, cluster, Required(("reason", request.Reason), ("actor", actor)), g => g.Cancel(request.Reason!, actor!));
    }

    private static Task<Results<Ok<OrderView>, ProblemHttpResult, ValidationProblem>> OutboundScan(string orderId, OutboundScanRequest request, IClusterClient cluster) =>
        Command(orderId, cluster, Required(("scanId", request.ScanId), ("operator", request.Operator)), g => g.RecordOutboundScan(request.ScanId!, request.Operator!));

    private static Task<Results<Ok<OrderView>, ProblemHttpResult, ValidationProblem>> Waybill(string orderId, WaybillRequest request, IClusterClient cluster) =>
        Command(orderId, cluster, Required(("carrier", request.Carrier), ("waybillNumber", request.WaybillNumber)), g => g.BindWaybill(request.Carrier!, request.WaybillNumber!));

    private static Task<Results<Ok<OrderView>, ProblemHttpResult, ValidationProblem>> Delivery(string orderId, DeliveryRequest request, IClusterClient cluster, TimeProvider time) =>
        Command(orderId, cluster, Required(("source", request.Source)), g => g.ConfirmDelivery(request.DeliveredAt ?? time.GetUtcNow(), request.Source!));

    private static Task<Results<Ok<OrderView>, ProblemHttpResult, ValidationProblem>> Complete(string orderId, CompleteOrderRequest request, IClusterClient cluster, HttpContext context)
    {
        var actor = Actors.Of(context, request.Actor);
        return Command(orderId, cluster, Required(("actor", actor)), g => g.Complete(actor!));
    }

    private static Task<Results<Ok<OrderView>, ProblemHttpResult, ValidationProblem>> Reroute(string orderId, RerouteRequest request, IClusterClient cluster, HttpContext context)
    {
        var actor = Actors.Of(context, request.Actor);
        return Command(orderId, cluster, Required(("actor", actor), ("reason", request.Reason)), g => g.Reroute(actor!, request.Reason!));
    }

    private static async Task<Results<Ok<ImmutableArray<RoutingDecisionView>>, ProblemHttpResult>> Decisions(string orderId, IClusterClient cluster)
    {
        if (!OrderId.TryParse(orderId, out _) || await cluster.GetGrain<IOrderGrain>(orderId).Get() is null)
        {
            return Problems.NotFound($"Order '{orderId}'");
        }

        return TypedResults.Ok(await cluster.GetGrain<IReadModelGrain>(0).Decisions(orderId));
    }

    /// <summary>Runs a command on an existing order: 200 with the order, 404, 400 for bad input, 409 when the state machine refuses.</summary>
    internal static async Task<Results<Ok<OrderView>, ProblemHttpResult, ValidationProblem>> Command(
        string orderId, IClusterClient cluster, Dictionary<string, string[]> errors, Func<IOrderGrain, Task<OrderCommandResult>> command)
    {
        if (!OrderId.TryParse(orderId, out _))
        {
            return Problems.NotFound($"Order '{orderId}'");
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await command(cluster.GetGrain<IOrderGrain>(orderId));
        if (result.Order is null)
        {
            return Problems.NotFound($"Order '{orderId}'");
        }

        return result.Refused
            ? Problems.Of(StatusCodes.Status409Conflict, result.Rejection!, result.Detail!, new Dictionary<string, object?> { ["orderId"] = orderId, ["status"] = result.Order.Status.ToString() })
            : TypedResults.Ok(result.Order);
    }

    internal static Dictionary<string, string[]> Required(params (string Field, string? Value)[] fields) =>
        fields.Where(f => string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Field, _ => new[] { "Required." });
}
