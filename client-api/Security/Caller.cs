using System.Security.Claims;

namespace OrderActors.ClientApi.Security;

/// <summary>
/// Who is calling, as the principal the rest of the API sees: <c>User.Identity.Name</c> is the user name, or
/// <c>key:&lt;name&gt;</c> for an API key; each scope is a claim.
/// </summary>
public static class Caller
{
    public const string SessionScheme = "session";
    public const string ApiKeyScheme = "api-key";
    public const string ScopeClaim = "scope";
    public const string DisplayNameClaim = "display_name";
    public const string CsrfClaim = "csrf";

    public static ClaimsPrincipal ForUser(string name, string displayName, string role, string csrfToken)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, name),
            new(ClaimTypes.Role, role),
            new(DisplayNameClaim, displayName),
            new(CsrfClaim, csrfToken),
        };
        claims.AddRange(Roles.ScopesOf(role).Select(s => new Claim(ScopeClaim, s)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SessionScheme));
    }

    public static ClaimsPrincipal ForApiKey(string keyName, IEnumerable<string> scopes)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, $"key:{keyName}") };
        claims.AddRange(scopes.Select(s => new Claim(ScopeClaim, s)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyScheme));
    }

    public static bool Has(this ClaimsPrincipal user, string scope) => user.HasClaim(ScopeClaim, scope);

    public static bool IsSignedInUser(this ClaimsPrincipal user) => user.Identity is { IsAuthenticated: true, AuthenticationType: SessionScheme };

    public static IReadOnlyList<string> ScopesOf(this ClaimsPrincipal user) =>
        user.FindAll(ScopeClaim).Select(c => c.Value).ToList();
}
