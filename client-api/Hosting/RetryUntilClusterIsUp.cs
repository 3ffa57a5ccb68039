namespace OrderActors.ClientApi.Hosting;

/// <summary>
/// Keeps trying to reach a gateway until the host stops, so the API can start before the silos
/// (rolling restarts, a fresh machine where the silo is still migrating the database).
/// </summary>
internal sealed class RetryUntilClusterIsUp : IClientConnectionRetryFilter
{
    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        return !cancellationToken.IsCancellationRequested;
    }
}
