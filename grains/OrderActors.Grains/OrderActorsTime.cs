namespace OrderActors.Grains;

/// <summary>
/// The clock of the business (order times, pull windows, token expiry, silence, reconciliation days):
/// a keyed <see cref="TimeProvider"/> service, so a test can run the business on a fake clock while
/// Orleans itself (membership, timers, activation collection) keeps real time.
/// </summary>
public static class OrderActorsTime
{
    public const string Key = "orderactors";
}
