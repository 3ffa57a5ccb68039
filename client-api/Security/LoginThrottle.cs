using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace OrderActors.ClientApi.Security;

/// <summary>
/// Sign-in attempts per client address and per user name, in fixed one-minute windows on each instance: enough to
/// make guessing slow without locking a user out for long (a lockout would let anyone lock out anyone).
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _byAddress;
    private readonly PartitionedRateLimiter<string> _byUser;

    public LoginThrottle(IOptions<AuthOptions> options)
    {
        _byAddress = Limiter(options.Value.LoginAttemptsPerAddress);
        _byUser = Limiter(options.Value.LoginAttemptsPerUser);
    }

    /// <summary>True when the attempt may go ahead; counts it against both the address and the name.</summary>
    public bool TryAttempt(string address, string userName)
    {
        using var byAddress = _byAddress.AttemptAcquire(address);
        using var byUser = _byUser.AttemptAcquire(userName.ToLowerInvariant());
        return byAddress.IsAcquired && byUser.IsAcquired;
    }

    private static PartitionedRateLimiter<string> Limiter(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public void Dispose()
    {
        _byAddress.Dispose();
        _byUser.Dispose();
    }
}
