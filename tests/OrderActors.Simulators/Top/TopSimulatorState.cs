using System.Security.Cryptography;

namespace OrderActors.Simulators.Top;

/// <summary>
/// Everything the TOP simulator knows, in memory: apps, sessions and refresh tokens, each shop's
/// trades, injected faults, the rate limiter and call counts. One lock guards it all; the simulator
/// serves tests and demos, not load.
/// </summary>
public sealed class TopSimulatorState
{
    private readonly Lock _gate = new();
    private readonly TopSimulatorOptions _options;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, string> _apps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimSession> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimSession> _byRefreshToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<long, SimTrade>> _shops = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _callsByMethod = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _callsByOutcome = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Second, int Count)> _rateWindows = new(StringComparer.Ordinal);
    private int _callsTotal;
    private int _callsPerSecond;
    private int _pendingThrottles;
    private int _pendingServerErrors;
    private int _serverErrorStatus = 503;
    private int _pendingGarbage;

    public TopSimulatorState(TopSimulatorOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options;
        _time = time;
        _callsPerSecond = options.CallsPerSecond;
        _apps[options.AppKey] = options.AppSecret;
    }

    public TopSimulatorOptions Options => _options;

    public DateTimeOffset Now => _time.GetUtcNow();

    public void AddApp(string appKey, string appSecret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(appSecret);
        lock (_gate)
        {
            _apps[appKey] = appSecret;
        }
    }

    public string? SecretOf(string appKey)
    {
        lock (_gate)
        {
            return _apps.GetValueOrDefault(appKey);
        }
    }

    /// <summary>For the standalone demo: shop <c>demo-shop</c> with session <c>sim-session</c> and refresh token <c>sim-refresh</c>.</summary>
    public SimSession SeedDemoSession() =>
        CreateSession(new SimSessionRequest("demo-shop", AccessToken: "sim-session", RefreshToken: "sim-refresh"));

    public SimSession CreateSession(SimSessionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Shop);
        var now = Now;
        var session = new SimSession(
            request.Shop,
            request.AppKey ?? _options.AppKey,
            request.AccessToken ?? NewToken(),
            now + (request.ExpiresInSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : _options.AccessTokenLifetime),
            request.RefreshToken ?? NewToken(),
            now + (request.RefreshExpiresInSeconds is { } refreshSeconds ? TimeSpan.FromSeconds(refreshSeconds) : _options.RefreshTokenLifetime));
        lock (_gate)
        {
            _sessions[session.AccessToken] = session;
            _byRefreshToken[session.RefreshToken] = session;
        }

        return session;
    }

    /// <summary>Makes the access token expire now (its refresh token stays valid).</summary>
    public bool ExpireSession(string accessToken)
    {
        lock (_gate)
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

    /// <summary>The shop the session belongs to, if it is known, unexpired and issued to this app.</summary>
    public string? ShopOfSession(string accessToken, string appKey)
    {
        lock (_gate)
        {
            return _sessions.TryGetValue(accessToken, out var session) && session.AppKey == appKey && session.ExpiresAt > Now
                ? session.Shop
                : null;
        }
    }

    /// <summary>
    /// Refresh: the refresh token must be known, unexpired and issued to this app. It is used up; the
    /// old access token stops working and a new pair is issued. Rotation is our choice: TOP does not say
    /// whether a refresh token survives its use, and a connector that keeps the newest pair works either way.
    /// </summary>
    public SimSession? Refresh(string appKey, string refreshToken)
    {
        lock (_gate)
        {
            if (!_byRefreshToken.TryGetValue(refreshToken, out var old) || old.AppKey != appKey || old.RefreshExpiresAt <= Now)
            {
                return null;
            }

            _byRefreshToken.Remove(refreshToken);
            _sessions.Remove(old.AccessToken);
            var now = Now;
            var fresh = new SimSession(old.Shop, appKey, NewToken(), now + _options.AccessTokenLifetime, NewToken(), now + _options.RefreshTokenLifetime);
            _sessions[fresh.AccessToken] = fresh;
            _byRefreshToken[fresh.RefreshToken] = fresh;
            return fresh;
        }
    }

    public void UpsertTrades(string shop, IEnumerable<SimTrade> trades)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shop);
        ArgumentNullException.ThrowIfNull(trades);
        lock (_gate)
        {
            var book = ShopBook(shop);
            foreach (var trade in trades)
            {
                book[trade.Tid] = trade;
            }
        }
    }

    public SimTrade? ChangeTrade(string shop, long tid, SimTradeChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            if (!ShopBook(shop).TryGetValue(tid, out var trade))
            {
                return null;
            }

            var modified = change.Modified ?? Now;
            var changed = trade with
            {
                Status = change.Status ?? trade.Status,
                Modified = modified.AddTicks(-(modified.Ticks % TimeSpan.TicksPerSecond)),
                Lines = change.RefundStatus is null
                    ? trade.Lines
                    : [.. trade.Lines.Select(l => l with { RefundStatus = change.RefundStatus })],
            };
            ShopBook(shop)[tid] = changed;
            return changed;
        }
    }

    public SimTrade? FindTrade(string shop, long tid)
    {
        lock (_gate)
        {
            return ShopBook(shop).GetValueOrDefault(tid);
        }
    }

    /// <summary>
    /// Trades with start ≤ modified ≤ end, newest modified first (documented order); equal modified
    /// times by tid descending (our choice, so pages are stable). Both bounds inclusive: TOP does not
    /// document it; inclusive never loses a trade at a window edge, and contiguous windows then read an
    /// edge trade twice, which the version rule makes harmless.
    /// </summary>
    public IReadOnlyList<SimTrade> ModifiedBetween(string shop, DateTimeOffset start, DateTimeOffset end)
    {
        lock (_gate)
        {
            return [.. ShopBook(shop).Values
                .Where(t => t.Modified >= start && t.Modified <= end)
                .OrderByDescending(t => t.Modified)
                .ThenByDescending(t => t.Tid)];
        }
    }

    public void InjectFaults(SimFaults faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        lock (_gate)
        {
            _pendingThrottles += Math.Max(0, faults.Throttles);
            _pendingServerErrors += Math.Max(0, faults.ServerErrors);
            _serverErrorStatus = faults.ServerErrorStatus;
            _pendingGarbage += Math.Max(0, faults.Garbage);
        }
    }

    public void SetCallsPerSecond(int callsPerSecond)
    {
        lock (_gate)
        {
            _callsPerSecond = Math.Max(0, callsPerSecond);
            _rateWindows.Clear();
        }
    }

    public bool TryTakeServerError(out int status)
    {
        lock (_gate)
        {
            status = _serverErrorStatus;
            if (_pendingServerErrors == 0)
            {
                return false;
            }

            _pendingServerErrors--;
            return true;
        }
    }

    public bool TryTakeGarbage()
    {
        lock (_gate)
        {
            if (_pendingGarbage == 0)
            {
                return false;
            }

            _pendingGarbage--;
            return true;
        }
    }

    /// <summary>True when this call is throttled: an injected throttle, or the app's calls this second reached the limit.</summary>
    public bool TryTakeThrottle(string appKey)
    {
        lock (_gate)
        {
            if (_pendingThrottles > 0)
            {
                _pendingThrottles--;
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
        lock (_gate)
        {
            _callsTotal++;
            _callsByMethod[method] = _callsByMethod.GetValueOrDefault(method) + 1;
            _callsByOutcome[outcome] = _callsByOutcome.GetValueOrDefault(outcome) + 1;
        }
    }

    public SimCallCounts Calls()
    {
        lock (_gate)
        {
            return new SimCallCounts(
                _callsTotal,
                new Dictionary<string, int>(_callsByMethod, StringComparer.Ordinal),
                new Dictionary<string, int>(_callsByOutcome, StringComparer.Ordinal));
        }
    }

    private Dictionary<long, SimTrade> ShopBook(string shop)
    {
        if (!_shops.TryGetValue(shop, out var book))
        {
            book = [];
            _shops[shop] = book;
        }

        return book;
    }

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
