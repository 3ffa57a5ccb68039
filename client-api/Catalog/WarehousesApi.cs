using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;

namespace OrderActors.ClientApi.Catalog;

/// <summary>/api/warehouses: the warehouses the seller ships from.</summary>
public static class WarehousesApi
{
    public static IEndpointRouteBuilder MapWarehousesApi(this IEndpointRouteBuilder app)
    {
        var warehouses = app.MapGroup("/api/warehouses").WithTags("Warehouses");
        warehouses.MapGet("/", List).WithSummary("All warehouses.");
        warehouses.MapPut("/{code}", Upsert).WithSummary("Define or change a warehouse (idempotent).");
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

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await Directory(cluster).Upsert(new WarehouseDefinition(code, request.Name!, request.Province!, request.City!, request.Active ?? true));
        return result.Warehouse is not null
            ? TypedResults.Ok(result.Warehouse)
            : Problems.Of(StatusCodes.Status422UnprocessableEntity, "InvalidWarehouse", result.Error!);
    }

    private static IWarehouseDirectoryGrain Directory(IClusterClient cluster) =>
        cluster.GetGrain<IWarehouseDirectoryGrain>(OrleansNames.WarehouseDirectoryKey);
}

/// <summary>A warehouse definition; <c>active</c> defaults to true.</summary>
public sealed record WarehouseRequest(string? Name, string? Province, string? City, bool? Active);
