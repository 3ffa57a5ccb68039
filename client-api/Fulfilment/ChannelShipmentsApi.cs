using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderActors.GrainInterfaces.Fulfilment;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.ClientApi.Security;

namespace OrderActors.ClientApi.Fulfilment;

/// <summary>/api/channel-shipments: the write-back of shipped orders' carriers and waybills to their marketplaces.</summary>
public static class ChannelShipmentsApi
{
    private const int MaxLimit = 1000;

    public static IEndpointRouteBuilder MapChannelShipmentsApi(this IEndpointRouteBuilder app)
    {
        var shipments = app.MapGroup("/api/channel-shipments").WithTags("Fulfilment");
        shipments.MapGet("/{orderId}", Get).WithSummary("An order's write-back to its marketplace: carrier, waybill, status, attempts, last error.").RequireScope(Scopes.Read);
        shipments.MapGet("/", List).WithSummary("Write-backs that are failed (need a person) or pending (still being sent), longest waiting first.").RequireScope(Scopes.Read);
        shipments.MapPost("/{orderId}/retry", Retry).WithSummary("Send a failed write-back again, after fixing its cause.").RequireScope(Scopes.FulfilmentWrite);
        return app;
    }

    private static async Task<Results<Ok<ChannelShipmentView>, ProblemHttpResult, ValidationProblem>> Get(string orderId, IClusterClient cluster)
    {
        if (!OrderId.TryParse(orderId, out _))
        {
            return InvalidOrderId();
        }

        return await cluster.GetGrain<IChannelShipmentGrain>(orderId).Get() is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound($"A shipment write-back for order '{orderId}'");
    }

    private static async Task<Results<Ok<ImmutableArray<ChannelShipmentView>>, ValidationProblem>> List(string? status, int? limit, IClusterClient cluster)
    {
        ChannelShipmentStatus? wanted = status?.ToLowerInvariant() switch
        {
            "failed" => ChannelShipmentStatus.Failed,
            "pending" => ChannelShipmentStatus.Pending,
            _ => null,
        };
        if (wanted is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Required: failed or pending."] });
        }

        if (limit is < 1 or > MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"Between 1 and {MaxLimit}; 100 when left out."] });
        }

        return TypedResults.Ok(await cluster.GetGrain<IChannelShipmentListGrain>(0).List(wanted.Value, limit ?? 100));
    }

    private static async Task<Results<Accepted<ChannelShipmentView>, ProblemHttpResult, ValidationProblem>> Retry(string orderId, IClusterClient cluster)
    {
        if (!OrderId.TryParse(orderId, out _))
        {
            return InvalidOrderId();
        }

        var grain = cluster.GetGrain<IChannelShipmentGrain>(orderId);
        return await grain.Retry() switch
        {
            ShipmentRetryOutcome.Retried => TypedResults.Accepted($"/api/channel-shipments/{orderId}", (await grain.Get())!),
            ShipmentRetryOutcome.NotFound => Problems.NotFound($"A shipment write-back for order '{orderId}'"),
            _ => Problems.Of(StatusCodes.Status409Conflict, "NotFailed", $"The write-back of order '{orderId}' is not failed: only a failed one can be retried."),
        };
    }

    private static ValidationProblem InvalidOrderId() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["orderId"] = ["An order id: {channel}:{shop}:{platformOrderId}."] });
}
