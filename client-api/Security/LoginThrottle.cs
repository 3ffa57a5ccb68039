using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace OrderActors.ClientApi.Security;

/// <summary>
/// Sign-in attempts per client address, and per user name from one address, in fixed one-minute windows on each
/// instance: enough to make guessing slow. The name's limit is per address because a limit on the name alone is a
/// lockout anyone can hold: ten wrong guesses a minute from anywhere would keep the real user out for as long as
/// they go on. This way a flood of guesses only closes the door to the address sending them.
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

    /// <summary>True when the attempt may go ahead; counts it against the address and against the name from that address.</summary>
    public bool TryAttempt(string address, string userName)
    {
        using var byAddress = _byAddress.AttemptAcquire(address);
        using var byUser = _byUser.AttemptAcquire($"{address}\n{userName.ToLowerInvariant()}");
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
