using Microsoft.AspNetCore.Http.HttpResults;

namespace OrderActors.ClientApi.Security;

/// <summary>/api/audit: the writes that reached the API, newest first (scope admin).</summary>
public static class AuditApi
{
    /// <summary>A page of entries; pass <c>Next</c> as <c>before</c> for the older ones.</summary>
    public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long? Next);

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", Recent).WithTags("Access").RequireScope(Scopes.Admin)
            .WithSummary("Recent writes (allowed and refused): ?actor=name or key:name, &before=id for the next page, &limit=1..500 (50).");
        return app;
    }

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> Recent(string? actor, long? before, int? limit, AuditLog audit, CancellationToken ct)
    {
        if (limit is < 1 or > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["Between 1 and 500."] });
        }

        var size = limit ?? 50;
        var entries = await audit.Recent(string.IsNullOrWhiteSpace(actor) ? null : actor, before, size, ct);
        return TypedResults.Ok(new AuditPage(entries, entries.Count == size ? entries[^1].Id : null));
    }
}
