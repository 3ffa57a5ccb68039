using Microsoft.AspNetCore.Http.HttpResults;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Pool;
using OrderActors.ClientApi.Security;

namespace OrderActors.ClientApi.Pool;

/// <summary>/api/pool: the global inventory pool, what every warehouse can promise per SKU.</summary>
public static class PoolApi
{
    public static IEndpointRouteBuilder MapPoolApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/pool").WithTags("Inventory pool")
            .MapGet("/{sku}", Get)
            .WithSummary("Availability of a SKU in every warehouse (on hand − reserved − safety stock); with ?region= only the warehouses that may serve that province or city.")
                .RequireScope(Scopes.Read);
        return app;
    }

    private static async Task<Results<Ok<PoolView>, ProblemHttpResult>> Get(string sku, string? region, IClusterClient cluster)
    {
        if (!Codes.IsValidSku(sku) || await cluster.GetGrain<ISkuGrain>(sku).Get() is null)
        {
            return Problems.Of(StatusCodes.Status404NotFound, "UnknownSku", $"SKU '{sku}' is not defined.");
        }

        var pool = cluster.GetGrain<IInventoryPoolGrain>(sku);
        if (region is null)
        {
            return TypedResults.Ok(await pool.Get());
        }

        return await pool.ServingRegion(region) is { } view
            ? TypedResults.Ok(view)
            : Problems.Of(StatusCodes.Status422UnprocessableEntity, "UnresolvableAddress", $"region '{region}' is not a mainland China province or city.");
    }
}
