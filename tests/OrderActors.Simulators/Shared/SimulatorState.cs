using System.Security.Cryptography;

namespace OrderActors.Simulators;

/// <summary>
/// What every marketplace simulator keeps besides its orders, in memory: apps and their secrets,
/// sessions (access tokens) and refresh tokens per shop, injected faults, the per-app rate limiter and
/// call counts. One lock guards it; the simulators serve tests and demos, not load.
/// </summary>
public abstract class SimulatorState
{
    private readonly Dictionary<string, string> _apps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimSession> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimSession> _byRefreshToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _callsByMethod = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _callsByOutcome = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Second, int Count)> _rateWindows = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private int _callsTotal;
    private int _callsPerSecond;
    private int _pendingThrottles;
    private int _pendingServerErrors;
    private int _serverErrorStatus = 503;
    private int _pendingGarbage;
    private int _pendingDuplicatePages;
    private bool _silent;

    protected SimulatorState(SimulatorOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        BaseOptions = options;
        _time = time;
        _callsPerSecond = options.CallsPerSecond;
        _apps[options.AppKey] = options.AppSecret;
    }

    public SimulatorOptions BaseOptions { get; }

    /// <summary>What the platform's ship call accepted; <c>GET /sim/{platform}/shipments</c> shows it.</summary>
    public SimShipments Shipments { get; } = new();

    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>Guards the subclass's orders too.</summary>
    protected Lock Gate { get; } = new();

    public void AddApp(string appKey, string appSecret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(appSecret);
        lock (Gate)
        {
            _apps[appKey] = appSecret;
        }
    }

    public string? SecretOf(string appKey)
    {
        lock (Gate)
        {
            return _apps.GetValueOrDefault(appKey);
        }
    }

    public SimSession CreateSession(SimSessionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Shop);
        var now = Now;
        var session = new SimSession(
            request.Shop,
            request.AppKey ?? BaseOptions.AppKey,
            request.AccessToken ?? NewToken(),
            now + (request.ExpiresInSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : BaseOptions.AccessTokenLifetime),
            request.RefreshToken ?? NewToken(),
            now + (request.RefreshExpiresInSeconds is { } refreshSeconds ? TimeSpan.FromSeconds(refreshSeconds) : BaseOptions.RefreshTokenLifetime));
        lock (Gate)
        {
            _sessions[session.AccessToken] = session;
            _byRefreshToken[session.RefreshToken] = session;
        }

        return session;
    }

    /// <summary>Makes the access token expire now (its refresh token stays valid).</summary>
    public bool ExpireSession(string accessToken)
    {
        lock (Gate)
        {
            if (!_sessions.TryGetValue(accessToken, out var session))
            {
                return false;
            }

            var expired = session with { ExpiresAt = Now.AddSeconds(-1) };
            _sessions[accessToken] = expired;
            _byRefreshToken[session.RefreshToken] = expired;
            return true;
        }
    }

    /// <summary>Makes every access token of the shop expire now (their refresh tokens stay valid); how many there were.</summary>
    public int ExpireSessionsOf(string shop)
    {
        lock (Gate)
        {
            var expired = 0;
            foreach (var session in _sessions.Values.Where(s => s.Shop == shop && s.ExpiresAt > Now).ToList())
            {
                var dead = session with { ExpiresAt = Now.AddSeconds(-1) };
                _sessions[session.AccessToken] = dead;
                _byRefreshToken[session.RefreshToken] = dead;
                expired++;
            }

            return expired;
        }
    }

    /// <summary>Revokes the refresh token as well: the shop has to be authorised again.</summary>
    public bool RevokeSession(string accessToken)
    {
        lock (Gate)
        {
            if (!_sessions.Remove(accessToken, out var session))
            {
                return false;
            }

            _byRefreshToken.Remove(session.RefreshToken);
            return true;
        }
    }

    /// <summary>The shop the session belongs to, if it is known, unexpired and issued to this app.</summary>
    public string? ShopOfSession(string accessToken, string appKey)
    {
        lock (Gate)
        {
            return _sessions.TryGetValue(accessToken, out var session) && session.AppKey == appKey && session.ExpiresAt > Now
                ? session.Shop
                : null;
        }
    }

    /// <summary>Whether the token is known but expired (platforms answer that differently from an unknown token).</summary>
    public bool IsExpired(string accessToken)
    {
        lock (Gate)
        {
            return _sessions.TryGetValue(accessToken, out var session) && session.ExpiresAt <= Now;
        }
    }

    /// <summary>
    /// Refresh: the refresh token must be known, unexpired and issued to this app. It is used up; the
    /// old access token stops working and a new pair is issued. Rotation is the simulators' choice: a
    /// connector that keeps the newest pair works whether or not a platform rotates.
    /// </summary>
    public SimSession? Refresh(string appKey, string refreshToken)
    {
        lock (Gate)
        {
            if (!_byRefreshToken.TryGetValue(refreshToken, out var old) || old.AppKey != appKey || old.RefreshExpiresAt <= Now)
            {
                return null;
            }

            _byRefreshToken.Remove(refreshToken);
            _sessions.Remove(old.AccessToken);
            var now = Now;
            var fresh = new SimSession(old.Shop, appKey, NewToken(), now + BaseOptions.AccessTokenLifetime, NewToken(), now + BaseOptions.RefreshTokenLifetime);
            _sessions[fresh.AccessToken] = fresh;
            _byRefreshToken[fresh.RefreshToken] = fresh;
            return fresh;
        }
    }

    /// <summary>Adds to the pending faults (they are global and additive); <see cref="SimFaults.Silent"/> switches silence on or off.</summary>
    public void InjectFaults(SimFaults faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        lock (Gate)
        {
            _pendingThrottles += Math.Max(0, faults.Throttles);
            _pendingServerErrors += Math.Max(0, faults.ServerErrors);
            _serverErrorStatus = faults.ServerErrorStatus;
            _pendingGarbage += Math.Max(0, faults.Garbage);
            _pendingDuplicatePages += Math.Max(0, faults.DuplicatePages);
            _silent = faults.Silent ?? _silent;
        }
    }

    public void SetCallsPerSecond(int callsPerSecond)
    {
        lock (Gate)
        {
            _callsPerSecond = Math.Max(0, callsPerSecond);
            _rateWindows.Clear();
        }
    }

    public bool TryTakeServerError(out int status)
    {
        lock (Gate)
        {
            status = _serverErrorStatus;
            return TryTake(ref _pendingServerErrors);
        }
    }

    public bool TryTakeGarbage()
    {
        lock (Gate)
        {
            return TryTake(ref _pendingGarbage);
        }
    }

    /// <summary>True when this list call should also repeat the previous page's orders, as a platform does when orders shift between pages mid-pull.</summary>
    public bool TryTakeDuplicatePage()
    {
        lock (Gate)
        {
            return TryTake(ref _pendingDuplicatePages);
        }
    }

    /// <summary>While silent, list calls find nothing: the shop "brings no orders".</summary>
    public bool IsSilent
    {
        get
        {
            lock (Gate)
            {
                return _silent;
            }
        }
    }

    /// <summary>True when this call is throttled: an injected throttle, or the app's calls this second reached the limit.</summary>
    public bool TryTakeThrottle(string appKey)
    {
        lock (Gate)
        {
            if (TryTake(ref _pendingThrottles))
            {
                return true;
            }

            if (_callsPerSecond == 0)
            {
                return false;
            }

            var second = Now.ToUnixTimeSeconds();
            var (windowSecond, count) = _rateWindows.GetValueOrDefault(appKey);
            if (windowSecond != second)
            {
                count = 0;
            }

            if (count >= _callsPerSecond)
            {
                return true;
            }

            _rateWindows[appKey] = (second, count + 1);
            return false;
        }
    }

    public void Record(string method, string outcome)
    {
        lock (Gate)
        {
            _callsTotal++;
            _callsByMethod[method] = _callsByMethod.GetValueOrDefault(method) + 1;
            _callsByOutcome[outcome] = _callsByOutcome.GetValueOrDefault(outcome) + 1;
        }
    }

    public SimCallCounts Calls()
    {
        lock (Gate)
        {
            return new SimCallCounts(
                _callsTotal,
                new Dictionary<string, int>(_callsByMethod, StringComparer.Ordinal),
                new Dictionary<string, int>(_callsByOutcome, StringComparer.Ordinal));
        }
    }

    /// <summary>A page of <paramref name="ordered"/> (1-based), with the previous page's items repeated when a duplicate-page fault is pending.</summary>
    public IReadOnlyList<T> Page<T>(IReadOnlyList<T> ordered, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var skip = (int)Math.Min((long)(page - 1) * pageSize, ordered.Count);
        var items = ordered.Skip(skip).Take(pageSize).ToList();
        if (page > 1 && items.Count > 0 && TryTakeDuplicatePage())
        {
            items.InsertRange(0, ordered.Skip(skip - pageSize).Take(pageSize));
        }

        return items;
    }

    protected static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    private static bool TryTake(ref int pending)
    {
        if (pending == 0)
        {
            return false;
        }

        pending--;
        return true;
    }
}
