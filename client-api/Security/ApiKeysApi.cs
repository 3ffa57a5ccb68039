using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OrderActors.ClientApi.Security;

/// <summary>/api/api-keys: keys for machine clients (scope admin). The secret is in the create answer only.</summary>
public static class ApiKeysApi
{
    public sealed record CreateApiKeyRequest(string? Name, IReadOnlyList<string>? Scopes, DateTimeOffset? ExpiresAt);

    /// <summary>The new key: <c>Key</c> is shown this once and cannot be read again.</summary>
    public sealed record CreatedApiKey(string Name, string Prefix, string Key, IReadOnlyList<string> Scopes, DateTimeOffset? ExpiresAt);

    public static IEndpointRouteBuilder MapApiKeysApi(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/api/api-keys").WithTags("Access").RequireScope(Scopes.Admin);
        keys.MapGet("/", List).WithSummary("Every API key with scopes, expiry, revocation and last use; never the secret.");
        keys.MapPost("/", Create).WithSummary("Create a key with scopes and an optional expiry; the answer holds the secret, once. Send it as X-Api-Key.");
        keys.MapDelete("/{name}", Revoke).WithSummary("Revoke a key: refused from then on (other instances within seconds).");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ApiKeyInfo>>> List(ApiKeyStore store, CancellationToken ct) => TypedResults.Ok(await store.List(ct));

    private static async Task<Results<Created<CreatedApiKey>, ValidationProblem, ProblemHttpResult>> Create(
        CreateApiKeyRequest request, ClaimsPrincipal caller, ApiKeyStore store, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        if (request.Name is null || !UsersApi.NamePattern().IsMatch(request.Name))
        {
            errors["name"] = ["2 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit."];
        }

        if (request.Scopes is not { Count: > 0 } || request.Scopes.Any(s => !Scopes.All.Contains(s)))
        {
            errors["scopes"] = [$"One or more of {string.Join(", ", Scopes.All)}."];
        }

        if (request.ExpiresAt is { } expires && expires <= now)
        {
            errors["expiresAt"] = ["The expiry must be in the future."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var scopes = request.Scopes!.Distinct().ToList();
        var key = $"oa_{Secrets.NewToken()}";
        if (!await store.Create(request.Name!, key, scopes, UsersApi.Actor(caller), now, request.ExpiresAt, ct))
        {
            return Problems.Of(StatusCodes.Status409Conflict, "ApiKeyExists", $"An API key named {request.Name} exists already.");
        }

        return TypedResults.Created($"/api/api-keys/{request.Name}",
            new CreatedApiKey(request.Name!, key[..ApiKeyStore.PrefixLength], key, scopes, request.ExpiresAt));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(
        string name, ClaimsPrincipal caller, ApiKeyStore store, CallerResolver callers, TimeProvider time, CancellationToken ct)
    {
        if (!await store.Revoke(name, UsersApi.Actor(caller), time.GetUtcNow(), ct))
        {
            return Problems.NotFound($"API key {name}");
        }

        callers.Forget(name);
        return TypedResults.NoContent();
    }
}
