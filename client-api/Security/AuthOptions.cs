namespace OrderActors.ClientApi.Security;

/// <summary>OrderActors:Auth — sessions, login limits, the first admin and configured API keys (docs/security.md).</summary>
public sealed class AuthOptions
{
    public const string Section = "OrderActors:Auth";

    /// <summary>A session ends after this long without a request.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>A session ends this long after sign-in, however busy.</summary>
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(12);

    /// <summary>SameAsRequest (Secure when the request came over HTTPS) or Always (production behind TLS).</summary>
    public CookieSecurePolicy CookieSecure { get; set; } = CookieSecurePolicy.SameAsRequest;

    /// <summary>Sign-in attempts per client address and minute, per instance.</summary>
    public int LoginAttemptsPerAddress { get; set; } = 60;

    /// <summary>Sign-in attempts per user name, client address and minute, per instance (slows down guessing one user's password).</summary>
    public int LoginAttemptsPerUser { get; set; } = 10;

    /// <summary>How long an instance trusts an API key lookup before asking PostgreSQL again (revocations elsewhere take this long).</summary>
    public TimeSpan ApiKeyCacheTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Created when no user exists yet; the first admin signs in with it and creates the others.</summary>
    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();

    /// <summary>Integration keys provisioned from configuration, by key name (deployments and tests).</summary>
    public Dictionary<string, ConfiguredApiKey> ApiKeys { get; set; } = new(StringComparer.Ordinal);

    public sealed class BootstrapAdminOptions
    {
        public string? Name { get; set; }

        public string? Password { get; set; }
    }

    public sealed class ConfiguredApiKey
    {
        /// <summary>The secret the client sends in X-Api-Key; only its SHA-256 is stored.</summary>
        public string? Key { get; set; }

        /// <summary>Comma separated scopes.</summary>
        public string? Scopes { get; set; }
    }
}
