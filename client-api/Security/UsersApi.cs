using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OrderActors.ClientApi.Security;

/// <summary>/api/users: console users, their roles, enabling and passwords (scope admin). Who changed what is kept on the row and in the audit log.</summary>
public static partial class UsersApi
{
    public sealed record CreateUserRequest(string? Name, string? DisplayName, string? Role, string? Password);

    public sealed record RoleRequest(string? Role);

    public sealed record PasswordRequest(string? Password);

    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Access").RequireScope(Scopes.Admin);
        users.MapGet("/", List).WithSummary("Every console user with role, enabled or not, who created and last changed them.");
        users.MapPost("/", Create).WithSummary("Create a user with a role and an initial password (at least 12 characters).");
        users.MapPut("/{name}/role", SetRole).WithSummary("Change a user's role; it holds from their next request.");
        users.MapPost("/{name}/disable", (string name, ClaimsPrincipal caller, UserStore store, TimeProvider time, CancellationToken ct) =>
            SetDisabled(name, true, caller, store, time, ct)).WithSummary("Disable a user: their sessions end at once.");
        users.MapPost("/{name}/enable", (string name, ClaimsPrincipal caller, UserStore store, TimeProvider time, CancellationToken ct) =>
            SetDisabled(name, false, caller, store, time, ct)).WithSummary("Enable a disabled user again.");
        users.MapPost("/{name}/password", ResetPassword).WithSummary("Set a new password; the user's sessions end.");
        return app;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,63}$")]
    internal static partial Regex NamePattern();

    private static async Task<Ok<IReadOnlyList<UserInfo>>> List(UserStore store, CancellationToken ct) => TypedResults.Ok(await store.List(ct));

    private static async Task<Results<Created<UserInfo>, ValidationProblem, ProblemHttpResult>> Create(
        CreateUserRequest request, ClaimsPrincipal caller, UserStore store, Passwords passwords, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Name is null || !NamePattern().IsMatch(request.Name))
        {
            errors["name"] = ["2 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit."];
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Length > 200)
        {
            errors["displayName"] = ["A display name of at most 200 characters is required."];
        }

        AddRoleError(errors, request.Role);
        if (Passwords.Problem(request.Password) is { } passwordProblem)
        {
            errors["password"] = [passwordProblem];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await store.Create(request.Name!, request.DisplayName!.Trim(), request.Role!, passwords.Hash(request.Password!), Actor(caller), time.GetUtcNow(), ct))
        {
            return Problems.Of(StatusCodes.Status409Conflict, "UserExists", $"A user named {request.Name} exists already.");
        }

        return TypedResults.Created($"/api/users/{request.Name}", await store.Get(request.Name!, ct));
    }

    private static async Task<Results<Ok<UserInfo>, ValidationProblem, ProblemHttpResult>> SetRole(
        string name, RoleRequest request, ClaimsPrincipal caller, UserStore store, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        AddRoleError(errors, request.Role);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (name == caller.Identity?.Name && request.Role != Roles.Admin)
        {
            return Problems.Of(StatusCodes.Status409Conflict, "OwnAccount", "An admin cannot take the admin role from themselves; ask another admin.");
        }

        return await store.SetRole(name, request.Role!, Actor(caller), time.GetUtcNow(), ct)
            ? TypedResults.Ok((await store.Get(name, ct))!)
            : Problems.NotFound($"User {name}");
    }

    private static async Task<Results<Ok<UserInfo>, ProblemHttpResult>> SetDisabled(
        string name, bool disabled, ClaimsPrincipal caller, UserStore store, TimeProvider time, CancellationToken ct)
    {
        if (disabled && name == caller.Identity?.Name)
        {
            return Problems.Of(StatusCodes.Status409Conflict, "OwnAccount", "An admin cannot disable themselves; ask another admin.");
        }

        return await store.SetDisabled(name, disabled, Actor(caller), time.GetUtcNow(), ct)
            ? TypedResults.Ok((await store.Get(name, ct))!)
            : Problems.NotFound($"User {name}");
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ResetPassword(
        string name, PasswordRequest request, ClaimsPrincipal caller, UserStore store, Passwords passwords, TimeProvider time, CancellationToken ct)
    {
        if (Passwords.Problem(request.Password) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["password"] = [problem] });
        }

        return await store.SetPassword(name, passwords.Hash(request.Password!), Actor(caller), time.GetUtcNow(), ct)
            ? TypedResults.NoContent()
            : Problems.NotFound($"User {name}");
    }

    private static void AddRoleError(Dictionary<string, string[]> errors, string? role)
    {
        if (!Roles.IsRole(role))
        {
            errors["role"] = [$"One of {string.Join(", ", Roles.All)}."];
        }
    }

    internal static string Actor(ClaimsPrincipal caller) => caller.Identity?.Name ?? "anonymous";
}
