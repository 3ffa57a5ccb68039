using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.ClientApi.Security;

namespace OrderActors.ClientApi.Catalog;

/// <summary>/api/warehouses: the warehouses the seller ships from, with their tariffs and delivery days.</summary>
public static class WarehousesApi
{
    public static IEndpointRouteBuilder MapWarehousesApi(this IEndpointRouteBuilder app)
    {
        var warehouses = app.MapGroup("/api/warehouses").WithTags("Warehouses");
        warehouses.MapGet("/", List).WithSummary("All warehouses.").RequireScope(Scopes.Read);
        warehouses.MapPut("/{code}", Upsert).WithSummary("Define or change a warehouse (idempotent).").RequireScope(Scopes.CatalogWrite);
        return app;
    }

    private static async Task<Ok<ImmutableArray<WarehouseView>>> List(IClusterClient cluster) =>
        TypedResults.Ok(await Directory(cluster).List());

    private static async Task<Results<Ok<WarehouseView>, ProblemHttpResult, ValidationProblem>> Upsert(string code, WarehouseRequest request, IClusterClient cluster)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors["name"] = ["Required."];
        }

        if (string.IsNullOrWhiteSpace(request.Province))
        {
            errors["province"] = ["Required: a GB/T 2260 code, Chinese or pinyin province name."];
        }

        if (string.IsNullOrWhiteSpace(request.City))
        {
            errors["city"] = ["Required."];
        }

        if (request.Carrier is { } carrier && (carrier.Length is 0 or > 16 || !carrier.All(char.IsAsciiLetterOrDigit)))
        {
            errors["carrier"] = ["A carrier code of 1-16 letters or digits, e.g. SF, ZTO, YUNDA."];
        }

        if (request.Rates?.Any(r => r is null || string.IsNullOrWhiteSpace(r.Province)) == true)
        {
            errors["rates"] = ["Each rate names a province."];
        }

        if (request.DeliveryDays?.Any(d => d is null || string.IsNullOrWhiteSpace(d.Province)) == true)
        {
            errors["deliveryDays"] = ["Each entry names a province."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var definition = new WarehouseDefinition(
            code, request.Name!, request.Province!, request.City!, request.Active ?? true, request.Priority ?? 5,
            [.. request.Rates ?? []],
            request.DefaultRate,
            [.. request.DeliveryDays ?? []],
            request.DefaultDeliveryDays ?? 3,
            [.. request.NextDayArea ?? []],
            request.Carrier);
        var result = await Directory(cluster).Upsert(definition);
        return result.Warehouse is not null
            ? TypedResults.Ok(result.Warehouse)
            : Problems.Of(StatusCodes.Status422UnprocessableEntity, "InvalidWarehouse", result.Error!);
    }

    private static IWarehouseDirectoryGrain Directory(IClusterClient cluster) =>
        cluster.GetGrain<IWarehouseDirectoryGrain>(OrleansNames.WarehouseDirectoryKey);
}

/// <summary>
/// A warehouse definition. Places may be GB/T 2260 codes, Chinese or pinyin names. Rates are per
/// destination province (first kilogram and each further kilogram, fen); <c>active</c> defaults to true,
/// <c>priority</c> to 5 (lower first), <c>defaultDeliveryDays</c> to 3, the next-day area to the warehouse's province.
/// <c>carrier</c> ("SF", "ZTO", "YUNDA") is whose electronic waybills the warehouse prints; the configured default when absent.
/// </summary>
public sealed record WarehouseRequest(
    string? Name,
    string? Province,
    string? City,
    bool? Active,
    int? Priority,
    IReadOnlyList<ShippingRateEntry>? Rates,
    ShippingRateEntry? DefaultRate,
    IReadOnlyList<DeliveryDaysEntry>? DeliveryDays,
    int? DefaultDeliveryDays,
    IReadOnlyList<string>? NextDayArea,
    string? Carrier = null);
