using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderActors.ClientApi.OperatorConsole;
using OrderActors.ClientApi.Security;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.ClientApi.Inventory;

/// <summary>/api/inventory: stock per SKU and warehouse.</summary>
public static class InventoryApi
{
    public static IEndpointRouteBuilder MapInventoryApi(this IEndpointRouteBuilder app)
    {
        var inventory = app.MapGroup("/api/inventory").WithTags("Inventory");
        app.MapConsolePage("/console/inventory", "inventory.html", Scopes.Read);
        inventory.MapGet("/{sku}", GetSku).WithSummary("Stock of a SKU in every warehouse, with totals.").RequireScope(Scopes.Read);
        inventory.MapGet("/{sku}/{warehouse}", GetCell).WithSummary("Stock of a SKU in one warehouse.").RequireScope(Scopes.Read);
        inventory.MapPut("/{sku}/{warehouse}", SetStock)
            .WithSummary("Set counted on-hand stock and safety stock (absolute values: a retry is harmless).")
            .RequireScope(Scopes.InventoryWrite);
        inventory.MapPut("/{sku}/{warehouse}/frozen", SetFrozen)
            .WithSummary("Freeze or unfreeze a stock cell (no new reservations while frozen); recorded with who and why.")
            .RequireScope(Scopes.InventoryWrite);
        inventory.MapGet("/{sku}/{warehouse}/reservations", Reservations).WithSummary("The reservations a stock cell holds.").RequireScope(Scopes.Read);
        app.MapGet("/api/inventory-events", Events).WithTags("Inventory")
            .WithSummary("Recent freezes and unfreezes (by operators, or at safety stock), newest first.")
            .RequireScope(Scopes.Read);
        app.MapPost("/api/reconciliations", Reconcile).WithTags("Inventory")
            .WithSummary("Run the reservation reconciler now: release reservations no order needs, and report them.")
            .RequireScope(Scopes.InventoryWrite);
        app.MapGet("/api/reconciliations/last", LastReconciliation).WithTags("Inventory").WithSummary("The last reconciliation report.").RequireScope(Scopes.Read);
        return app;
    }

    private static async Task<Results<Ok<SkuStock>, ProblemHttpResult>> GetSku(string sku, IClusterClient cluster)
    {
        if (!Codes.IsValidSku(sku) || await cluster.GetGrain<ISkuGrain>(sku).Get() is null)
        {
            return Problems.Of(StatusCodes.Status404NotFound, "UnknownSku", $"SKU '{sku}' is not defined.");
        }

        var warehouses = await cluster.GetGrain<IWarehouseDirectoryGrain>(OrleansNames.WarehouseDirectoryKey).List();
        var cells = await Task.WhenAll(warehouses.Select(w => Cell(cluster, sku, w.Code).Get()));
        return TypedResults.Ok(new SkuStock(sku, cells.Sum(c => c.OnHand), cells.Sum(c => c.Reserved), cells.Sum(c => c.Available), cells));
    }

    private static async Task<Results<Ok<StockCellView>, ProblemHttpResult>> GetCell(string sku, string warehouse, IClusterClient cluster)
    {
        var unknown = await FindUnknown(cluster, sku, warehouse);
        return unknown is not null
            ? Problems.Of(StatusCodes.Status404NotFound, unknown.Value.Reason, unknown.Value.Detail)
            : TypedResults.Ok(await Cell(cluster, sku, warehouse).Get());
    }

    private static async Task<Results<Ok<StockCellView>, ProblemHttpResult, ValidationProblem>> SetStock(
        string sku, string warehouse, SetStockRequest request, IClusterClient cluster)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.OnHand is not >= 0)
        {
            errors["onHand"] = ["On hand must be a whole number, zero or more."];
        }

        if (request.SafetyStock is < 0)
        {
            errors["safetyStock"] = ["Safety stock must be zero or more."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var unknown = await FindUnknown(cluster, sku, warehouse);
        if (unknown is not null)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, unknown.Value.Reason, unknown.Value.Detail);
        }

        var cell = Cell(cluster, sku, warehouse);
        var safety = request.SafetyStock ?? (await cell.Get()).SafetyStock;
        var result = await cell.SetStock(request.OnHand!.Value, safety);
        return result.Succeeded
            ? TypedResults.Ok(result.Cell)
            : Problems.Of(StatusCodes.Status409Conflict, result.Reason!, result.Detail!);
    }

    private static async Task<Results<Ok<StockCellView>, ProblemHttpResult, ValidationProblem>> SetFrozen(
        string sku, string warehouse, FreezeRequest request, IClusterClient cluster, HttpContext context)
    {
        request = request with { Actor = Actors.Of(context, request.Actor) };
        var errors = new Dictionary<string, string[]>();
        if (request.Frozen is null)
        {
            errors["frozen"] = ["true to freeze, false to unfreeze."];
        }

        if (string.IsNullOrWhiteSpace(request.Actor))
        {
            errors["actor"] = ["Who freezes or unfreezes the cell."];
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors["reason"] = ["Why (stock count, damage, recall …)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var unknown = await FindUnknown(cluster, sku, warehouse);
        if (unknown is not null)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, unknown.Value.Reason, unknown.Value.Detail);
        }

        var result = await Cell(cluster, sku, warehouse).SetFrozen(request.Frozen!.Value, request.Actor!, request.Reason!);
        return TypedResults.Ok(result.Cell);
    }

    private static async Task<Results<Ok<ImmutableArray<OpenReservation>>, ProblemHttpResult>> Reservations(string sku, string warehouse, IClusterClient cluster)
    {
        var unknown = await FindUnknown(cluster, sku, warehouse);
        return unknown is not null
            ? Problems.Of(StatusCodes.Status404NotFound, unknown.Value.Reason, unknown.Value.Detail)
            : TypedResults.Ok(await Cell(cluster, sku, warehouse).OpenReservations());
    }

    private static async Task<Ok<ImmutableArray<InventoryEventView>>> Events(string? sku, string? warehouse, int? limit, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<IReadModelGrain>(0).InventoryEvents(sku, warehouse, limit ?? 100));

    private static async Task<Ok<ReconciliationReport>> Reconcile(IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<IReservationReconcilerGrain>(OrleansNames.ReconcilerKey).Run());

    private static async Task<Results<Ok<ReconciliationReport>, ProblemHttpResult>> LastReconciliation(IClusterClient cluster) =>
        await cluster.GetGrain<IReservationReconcilerGrain>(OrleansNames.ReconcilerKey).LastReport() is { } report
            ? TypedResults.Ok(report)
            : Problems.NotFound("A reconciliation report");

    private static async Task<(string Reason, string Detail)?> FindUnknown(IClusterClient cluster, string sku, string warehouse)
    {
        if (!Codes.IsValidSku(sku) || await cluster.GetGrain<ISkuGrain>(sku).Get() is null)
        {
            return ("UnknownSku", $"SKU '{sku}' is not defined; define it with PUT /api/skus/{{sku}}.");
        }

        var warehouses = await cluster.GetGrain<IWarehouseDirectoryGrain>(OrleansNames.WarehouseDirectoryKey).List();
        return warehouses.Any(w => w.Code == warehouse)
            ? null
            : ("UnknownWarehouse", $"Warehouse '{warehouse}' is not defined; define it with PUT /api/warehouses/{{code}}.");
    }

    private static IStockCellGrain Cell(IClusterClient cluster, string sku, string warehouse) =>
        cluster.GetGrain<IStockCellGrain>(new StockCellKey(sku, warehouse).ToString());
}

/// <summary>Counted stock. Safety stock keeps its current value when omitted.</summary>
public sealed record SetStockRequest(int? OnHand, int? SafetyStock);

/// <summary>Freeze (true) or unfreeze (false), with who and why.</summary>
public sealed record FreezeRequest(bool? Frozen, string? Actor, string? Reason);

/// <summary>A SKU across all warehouses.</summary>
public sealed record SkuStock(string Sku, int OnHand, int Reserved, int Available, IReadOnlyList<StockCellView> Warehouses);
