using Microsoft.AspNetCore.Http.HttpResults;
using OrderActors.ClientApi.Security;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.ClientApi.Catalog;

/// <summary>/api/skus: the SKUs orders may name.</summary>
public static class SkusApi
{
    private const int MaxPage = 500;

    public static IEndpointRouteBuilder MapSkusApi(this IEndpointRouteBuilder app)
    {
        var skus = app.MapGroup("/api/skus").WithTags("SKUs");
        skus.MapGet("", List).RequireScope(Scopes.Read)
            .WithSummary("SKUs in code order, ?prefix= to search by code, ?limit= (1-500, default 100); ?after= the previous page's next to page on.");
        skus.MapGet("/{sku}", Get).WithSummary("A SKU.").RequireScope(Scopes.Read);
        skus.MapPut("/{sku}", Define).WithSummary("Define a SKU or rename it (idempotent).").RequireScope(Scopes.CatalogWrite);
        return app;
    }

    private static async Task<Results<Ok<SkuPage>, ValidationProblem>> List(string? prefix, string? after, string? limit, IClusterClient cluster)
    {
        var errors = new Dictionary<string, string[]>();
        if (prefix is not null && !Codes.IsValidSku(prefix))
        {
            errors["prefix"] = [$"The start of a SKU code: 1-{Codes.MaxSkuLength} letters, digits, '.', '-' or '_'."];
        }

        if (after is not null && !Codes.IsValidSku(after))
        {
            errors["after"] = ["A SKU code (the 'next' of the previous page)."];
        }

        var size = 100;
        if (limit is not null && (!int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxPage))
        {
            errors["limit"] = [$"A whole number from 1 to {MaxPage}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The SKU list query is not valid");
        }

        // One more than asked tells whether there is a next page.
        var rows = await cluster.GetGrain<IReadModelGrain>(0).Skus(prefix, after, size + 1);
        var page = rows.Take(size).ToList();
        var items = await Task.WhenAll(page.Select(Item));
        return TypedResults.Ok(new SkuPage([.. items.OfType<SkuListItem>()], rows.Length > size ? page[^1].Sku : null));

        // A SKU listed before its grain wrote its name there: the grain has it.
        async Task<SkuListItem?> Item(SkuListEntry row) =>
            row.Name is { } name ? new SkuListItem(row.Sku, name)
            : await cluster.GetGrain<ISkuGrain>(row.Sku).Get() is { } view ? new SkuListItem(view.Sku, view.Name)
            : null;
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

/// <summary>A page of the SKU list; <see cref="Next"/> is the <c>after</c> of the next page, null on the last.</summary>
public sealed record SkuPage(IReadOnlyList<SkuListItem> Items, string? Next);

/// <summary>A SKU on the list: its code and name.</summary>
public sealed record SkuListItem(string Sku, string Name);
