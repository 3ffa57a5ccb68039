namespace OrderActors.ClientApi.Security;

/// <summary>The scope an endpoint needs; read by the access layer.</summary>
public sealed record ScopeRequirement(string Scope);

/// <summary>
/// An endpoint anyone may call without a session or key: the reason is written down where it is mapped
/// (signed webhooks authenticate by signature, the tracking page by its token, health by being harmless).
/// </summary>
public sealed record PublicAccess(string Reason);

public static class AccessConventions
{
    /// <summary>Only callers holding <paramref name="scope"/> (a constant of <see cref="Scopes"/>) reach the endpoint.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope) where TBuilder : IEndpointConventionBuilder
    {
        if (!Scopes.All.Contains(scope))
        {
            throw new ArgumentException($"Unknown scope '{scope}'.", nameof(scope));
        }

        return builder.WithMetadata(new ScopeRequirement(scope));
    }

    /// <summary>The endpoint is public; <paramref name="reason"/> says what protects it instead.</summary>
    public static TBuilder PublicAccess<TBuilder>(this TBuilder builder, string reason) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PublicAccess(reason));
}
