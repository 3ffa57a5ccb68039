using Microsoft.AspNetCore.Http.HttpResults;

namespace OrderActors.ClientApi;

/// <summary>RFC 7807 answers shared by the endpoint classes; the type names the kind of problem.</summary>
internal static class Problems
{
    public static ProblemHttpResult Of(int status, string reason, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: status,
            title: Title(reason),
            type: $"urn:orderactors:problem:{reason}",
            extensions: extensions);

    public static ProblemHttpResult NotFound(string what) =>
        Of(StatusCodes.Status404NotFound, "NotFound", $"{what} was not found.");

    private static string Title(string reason) => reason switch
    {
        "OutOfStock" => "No warehouse has the stock for this order",
        "InsufficientStock" => "Not enough stock",
        "UnknownSku" => "Unknown SKU",
        "UnknownWarehouse" => "Unknown warehouse",
        "UnresolvableAddress" => "The address does not resolve to a province",
        "IdempotencyConflict" => "Idempotency key reused for a different request",
        "BelowReserved" => "On hand cannot drop below reserved stock",
        "NotFound" => "Not found",
        "InvalidCsv" => "The file is not an order CSV that can be imported",
        "TooLarge" => "The file is too large to import at once",
        "UnsupportedMediaType" => "The body must be text/csv in UTF-8",
        "NotFailed" => "Only a failed write-back can be retried",
        _ => "The request was refused",
    };
}
