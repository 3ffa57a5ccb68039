namespace OrderActors.ClientApi.Security;

/// <summary>
/// Who a write is recorded under. A signed-in user is the actor, whatever the body says: the console cannot
/// record a decision in someone else's name. An API key acts for a system that names the person it acts for
/// (an ERP passing on its clerk's approval), so keys, like callers before access control is configured, still
/// give the name in the request body.
/// </summary>
public static class Actors
{
    /// <summary>API key identities are named <c>key:&lt;name&gt;</c> by the access layer.</summary>
    public const string ApiKeyPrefix = "key:";

    /// <summary>The signed-in user's name, or else <paramref name="named"/> from the request (trimmed; null when blank).</summary>
    public static string? Of(HttpContext context, string? named)
    {
        var identity = context.User.Identity;
        if (identity is { IsAuthenticated: true, Name: { Length: > 0 } name } && !name.StartsWith(ApiKeyPrefix, StringComparison.Ordinal))
        {
            return name;
        }

        return string.IsNullOrWhiteSpace(named) ? null : named.Trim();
    }
}
