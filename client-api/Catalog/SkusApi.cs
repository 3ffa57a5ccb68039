using Microsoft.AspNetCore.Http.HttpResults;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.ClientApi.Security;

namespace OrderActors.ClientApi.Catalog;

/// <summary>/api/skus: the SKUs orders may name.</summary>
public static class SkusApi
{
    public static IEndpointRouteBuilder MapSkusApi(this IEndpointRouteBuilder app)
    {
        var skus = app.MapGroup("/api/skus").WithTags("SKUs");
        skus.MapGet("/{sku}", Get).WithSummary("A SKU.").RequireScope(Scopes.Read);
        skus.MapPut("/{sku}", Define).WithSummary("Define a SKU or rename it (idempotent).").RequireScope(Scopes.CatalogWrite);
        return app;
    }

    private static async Task<Results<Ok<SkuView>, ProblemHttpResult>> Get(string sku, IClusterClient cluster) =>
        Codes.IsValidSku(sku) && await cluster.GetGrain<ISkuGrain>(sku).Get() is { } view
            ? TypedResults.Ok(view)
            : Problems.Of(StatusCodes.Status404NotFound, "UnknownSku", $"SKU '{sku}' is not defined.");

    private static async Task<Results<Ok<SkuView>, ValidationProblem>> Define(string sku, SkuRequest request, IClusterClient cluster)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Codes.IsValidSku(sku))
        {
            errors["sku"] = [$"A SKU code is 1-{Codes.MaxSkuLength} letters, digits, '.', '-' or '_'."];
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            errors["name"] = ["A name of 1-200 characters is required."];
        }

        if (request.WeightGrams is <= 0 or > 1_000_000)
        {
            errors["weightGrams"] = ["The unit weight is 1 to 1000000 grams."];
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await cluster.GetGrain<ISkuGrain>(sku).Define(request.Name!.Trim(), request.WeightGrams ?? SkuView.DefaultWeightGrams));
    }
}

/// <summary>A SKU: its name and unit weight in grams (500 when omitted), which prices the parcel.</summary>
public sealed record SkuRequest(string? Name, int? WeightGrams);
