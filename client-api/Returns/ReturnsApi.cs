using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OrderActors.ClientApi.OperatorConsole;
using OrderActors.ClientApi.Orders;
using OrderActors.ClientApi.Security;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Returns;

namespace OrderActors.ClientApi.Returns;

/// <summary>
/// /api/returns: reverse logistics. A return is opened for a shipped order (by the marketplace's after-sale or an
/// operator), received at a warehouse, quality-checked (passed units are sellable again at once, failed ones go
/// to damaged stock), and refunded on its own track. Every answer comes after the change is durable.
/// </summary>
public static class ReturnsApi
{
    public const int MaxLimit = 1000;

    public static IEndpointRouteBuilder MapReturnsApi(this IEndpointRouteBuilder app)
    {
        var returns = app.MapGroup("/api/returns").WithTags("Returns");
        returns.MapPost("/", Create).RequireScope(Scopes.FulfilmentWrite).WithSummary("Open a return for a shipped order (idempotent by Idempotency-Key, and by platform return id).");
        returns.MapGet("/", List).RequireScope(Scopes.Read).WithSummary("The returns queue: filter by status, warehouse and order; oldest request first.");
        returns.MapGet("/{returnId}", Get).RequireScope(Scopes.Read).WithSummary("A return with its lines, QC verdict, refund and every step (who, when).");
        returns.MapPost("/{returnId}/receive", Receive).RequireScope(Scopes.FulfilmentWrite).WithSummary("A warehouse took the returned parcel in.");
        returns.MapPost("/{returnId}/qc", Qc).RequireScope(Scopes.FulfilmentWrite).WithSummary("Record the QC verdict per SKU; passed units are sellable at once, failed ones go to damaged stock.");
        returns.MapPost("/{returnId}/refund", Refund).RequireScope(Scopes.FulfilmentWrite).WithSummary("Move the refund: pending, refunded or rejected, with the amount in fen.");
        returns.MapPost("/{returnId}/cancel", Cancel).RequireScope(Scopes.FulfilmentWrite).WithSummary("Withdraw a return before the goods arrived.");
        app.MapConsolePage("/console/returns", "returns.html", Scopes.Read);
        return app;
    }

    private static async Task<Results<Created<ReturnView>, Ok<ReturnView>, ProblemHttpResult, ValidationProblem>> Create(
        CreateReturnRequest request, [FromHeader(Name = "Idempotency-Key")] string? requestId, HttpContext context, IClusterClient cluster)
    {
        request = request with { Actor = Actors.Of(context, request.Actor) };
        var errors = request.Validate(requestId, out var command);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The return is not valid");
        }

        var result = await cluster.GetGrain<IOrderReturnsGrain>(command!.OrderId).Create(command);
        if (result.Refused)
        {
            return Refusal(result, command.OrderId);
        }

        return result.Applied
            ? TypedResults.Created($"/api/returns/{Uri.EscapeDataString(result.Return!.Id)}", result.Return)
            : TypedResults.Ok(result.Return!);
    }

    private static async Task<Results<Ok<ReturnView>, ProblemHttpResult>> Get(string returnId, IClusterClient cluster) =>
        ReturnId.TryParse(returnId, out _) && await cluster.GetGrain<IReturnGrain>(returnId).Get() is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound($"Return '{returnId}'");

    private static async Task<Results<Ok<ImmutableArray<ReturnSummary>>, ValidationProblem>> List(
        IClusterClient cluster, string? status, string? warehouse, string? orderId, int? limit)
    {
        var errors = new Dictionary<string, string[]>();
        ReturnStatus? parsed = null;
        if (status is not null)
        {
            if (Enum.TryParse<ReturnStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(status, out _))
            {
                parsed = s;
            }
            else
            {
                errors["status"] = [$"One of {string.Join(", ", Enum.GetNames<ReturnStatus>())}."];
            }
        }

        if (warehouse is not null && !Codes.IsValidWarehouse(warehouse))
        {
            errors["warehouse"] = ["A warehouse code."];
        }

        if (orderId is not null && !OrderId.TryParse(orderId, out _))
        {
            errors["orderId"] = ["An order id ({channel}:{shop}:{platformOrderId})."];
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"1-{MaxLimit}."];
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await cluster.GetGrain<IReturnQueueGrain>(0).List(parsed, warehouse, orderId, limit ?? 100));
    }

    private static Task<Results<Ok<ReturnView>, ProblemHttpResult, ValidationProblem>> Receive(string returnId, ReceiveReturnRequest request, HttpContext context, IClusterClient cluster)
    {
        request = request with { Actor = Actors.Of(context, request.Actor) };
        var errors = OrdersApi.Required(("warehouse", request.Warehouse), ("actor", request.Actor));
        if (request.Warehouse is not null && !Codes.IsValidWarehouse(request.Warehouse.Trim()))
        {
            errors["warehouse"] = ["A warehouse code."];
        }

        return Command(returnId, cluster, errors, g => g.Receive(request.Warehouse!.Trim(), request.Actor!.Trim()));
    }

    private static Task<Results<Ok<ReturnView>, ProblemHttpResult, ValidationProblem>> Qc(string returnId, QcRequest request, HttpContext context, IClusterClient cluster)
    {
        request = request with { Actor = Actors.Of(context, request.Actor) };
        var errors = OrdersApi.Required(("actor", request.Actor));
        if (request.Lines is null || request.Lines.Count is 0 or > CreateReturnRequest.MaxLines)
        {
            errors["lines"] = [$"1-{CreateReturnRequest.MaxLines} lines, one per SKU of the return."];
        }
        else
        {
            for (var i = 0; i < request.Lines.Count; i++)
            {
                var line = request.Lines[i];
                if (line is null || !Codes.IsValidSku(line.Sku))
                {
                    errors[$"lines[{i}].sku"] = ["A SKU code."];
                }

                if (line?.Passed is not >= 0 || line.Failed is not >= 0)
                {
                    errors[$"lines[{i}]"] = ["passed and failed: whole numbers, zero or more."];
                }
            }
        }

        if (request.Note is { Length: > CreateReturnRequest.MaxTextLength })
        {
            errors["note"] = [$"At most {CreateReturnRequest.MaxTextLength} characters."];
        }

        return Command(returnId, cluster, errors, g => g.RecordQc(
            [.. request.Lines!.Select(l => new QcLine(l!.Sku!, l.Passed!.Value, l.Failed!.Value))], request.Actor!.Trim(), request.Note));
    }

    private static Task<Results<Ok<ReturnView>, ProblemHttpResult, ValidationProblem>> Refund(string returnId, RefundRequest request, HttpContext context, IClusterClient cluster)
    {
        request = request with { Actor = Actors.Of(context, request.Actor) };
        var errors = OrdersApi.Required(("actor", request.Actor));
        var status = RefundStatus.None;
        if (request.Status is null || !Enum.TryParse(request.Status, ignoreCase: true, out status) || status == RefundStatus.None
            || !Enum.IsDefined(status) || int.TryParse(request.Status, out _))
        {
            errors["status"] = ["pending, refunded or rejected."];
        }
        else if (status != RefundStatus.Rejected && request.AmountFen is not > 0)
        {
            errors["amountFen"] = ["The refund in fen (1 yuan = 100 fen), more than zero."];
        }

        return Command(returnId, cluster, errors, g => g.SetRefund(status, request.AmountFen ?? 0, request.Actor!.Trim()));
    }

    private static Task<Results<Ok<ReturnView>, ProblemHttpResult, ValidationProblem>> Cancel(string returnId, CancelReturnRequest request, HttpContext context, IClusterClient cluster)
    {
        request = request with { Actor = Actors.Of(context, request.Actor) };
        return Command(returnId, cluster, OrdersApi.Required(("actor", request.Actor)), g => g.Cancel(request.Actor!, request.Reason));
    }

    /// <summary>Runs a command on an existing return: 200 with the return, 404, 400 for bad input, 409/422 when refused.</summary>
    private static async Task<Results<Ok<ReturnView>, ProblemHttpResult, ValidationProblem>> Command(
        string returnId, IClusterClient cluster, Dictionary<string, string[]> errors, Func<IReturnGrain, Task<ReturnCommandResult>> command)
    {
        if (!ReturnId.TryParse(returnId, out var id))
        {
            return Problems.NotFound($"Return '{returnId}'");
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await command(cluster.GetGrain<IReturnGrain>(returnId));
        if (result.Return is null)
        {
            return Problems.NotFound($"Return '{returnId}'");
        }

        return result.Refused ? Refusal(result, id.Value.OrderId) : TypedResults.Ok(result.Return);
    }

    private static ProblemHttpResult Refusal(ReturnCommandResult result, string orderId)
    {
        var extensions = new Dictionary<string, object?> { ["orderId"] = orderId };
        if (result.Return is { } r)
        {
            (extensions["returnId"], extensions["status"]) = (r.Id, r.Status.ToString());
        }

        // 422: the request names something that is not there (order, warehouse, SKU, units); 409: the return's state refuses it.
        var status = result.Rejection is "UnknownOrder" or "UnknownWarehouse" or "SkuNotInOrder" or "QuantityMismatch" or "InvalidRefundAmount" or "InvalidLines"
            ? StatusCodes.Status422UnprocessableEntity
            : StatusCodes.Status409Conflict;
        return Problems.Of(status, result.Rejection!, result.Detail ?? result.Rejection!, extensions);
    }
}
