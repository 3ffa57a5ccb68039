namespace OrderActors.Simulators;

/// <summary>A session (access token) to create for a shop; tokens are generated when not given.</summary>
public sealed record SimSessionRequest(
    string Shop,
    string? AppKey = null,
    string? AccessToken = null,
    string? RefreshToken = null,
    int? ExpiresInSeconds = null,
    int? RefreshExpiresInSeconds = null);

/// <summary>The session as created.</summary>
public sealed record SimSession(string Shop, string AppKey, string AccessToken, DateTimeOffset ExpiresAt, string RefreshToken, DateTimeOffset RefreshExpiresAt);

/// <summary>Faults to inject into the next gateway calls (global and additive).</summary>
/// <param name="Throttles">The next N calls answer the platform's throttle error.</param>
/// <param name="ServerErrors">The next N calls answer HTTP <paramref name="ServerErrorStatus"/> with an HTML body.</param>
/// <param name="Garbage">The next N calls answer HTTP 200 with a body that is not JSON.</param>
/// <param name="DuplicatePages">The next N list calls for a page after the first also repeat the previous page's orders.</param>
/// <param name="Silent">Switches silence on (list calls find nothing) or off; null leaves it as it is.</param>
public sealed record SimFaults(int Throttles = 0, int ServerErrors = 0, int ServerErrorStatus = 503, int Garbage = 0, int DuplicatePages = 0, bool? Silent = null);

/// <summary>Call counts since start: by method and by outcome (<c>ok</c>, <c>error:{code}</c>, <c>http:{status}</c>, <c>oauth:{error}</c>, <c>garbage</c>).</summary>
public sealed record SimCallCounts(int Total, IReadOnlyDictionary<string, int> ByMethod, IReadOnlyDictionary<string, int> ByOutcome);

internal sealed record SimAppRequest(string AppKey, string AppSecret);

internal sealed record SimRateLimitRequest(int CallsPerSecond);
