using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace OrderActors.ClientApi.Security;

/// <summary>
/// Turns the credentials of a request into a principal: an API key (X-Api-Key), else a session cookie. Sessions
/// are read from PostgreSQL on every request, so logout, disabling and role changes hold at once on every instance;
/// key lookups are kept for a few seconds, because machine clients send many requests a second.
/// </summary>
public sealed class CallerResolver(UserStore users, ApiKeyStore keys, IOptions<AuthOptions> options, TimeProvider time)
{
    public const string ApiKeyHeader = "X-Api-Key";
    public const string SessionCookie = "oa_session";

    // Sliding expiry needs last_seen_at; writing it at most once a minute keeps reads from turning into writes.
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, CachedKey> _keys = new(StringComparer.Ordinal);

    private sealed record CachedKey(string Name, ClaimsPrincipal Principal, DateTimeOffset Until);

    public async Task<ClaimsPrincipal?> FromApiKey(string key, CancellationToken ct)
    {
        var hash = Secrets.Sha256(key);
        var id = Convert.ToHexString(hash);
        var now = time.GetUtcNow();
        if (_keys.TryGetValue(id, out var cached) && cached.Until > now)
        {
            return cached.Principal;
        }

        if (await keys.Use(hash, now, ct) is not { } found)
        {
            _keys.TryRemove(id, out _);
            return null;
        }

        var principal = Caller.ForApiKey(found.Name, found.Scopes);
        _keys[id] = new CachedKey(found.Name, principal, now + options.Value.ApiKeyCacheTime);
        return principal;
    }

    /// <summary>Drops this instance's cached lookups of the key, so its revocation holds here at once.</summary>
    public void Forget(string keyName)
    {
        foreach (var (id, cached) in _keys)
        {
            if (cached.Name == keyName)
            {
                _keys.TryRemove(id, out _);
            }
        }
    }

    public async Task<ClaimsPrincipal?> FromSession(string token, CancellationToken ct)
    {
        var hash = Secrets.Sha256(token);
        var now = time.GetUtcNow();
        if (await users.FindSession(hash, now, options.Value.IdleTimeout, ct) is not { } session)
        {
            return null;
        }

        if (now - session.LastSeenAt > TouchInterval)
        {
            await users.TouchSession(hash, now, ct);
        }

        return Caller.ForUser(session.Name, session.DisplayName, session.Role, session.CsrfToken);
    }
}
