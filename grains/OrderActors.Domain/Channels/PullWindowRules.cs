namespace OrderActors.Domain.Channels;

/// <summary>
/// What an incremental-by-modified-time API allows and what we add for safety. Presets per platform
/// are in <see cref="PlatformPullRules"/>, each value marked documented or chosen.
/// </summary>
/// <param name="MaxWindow">Longest end − start one call accepts.</param>
/// <param name="Overlap">How far before the checkpoint the next pull starts again, so an order modified
/// right at the edge (clock skew, late visibility on the platform) is read twice rather than never.</param>
/// <param name="MaxLookback">How far back from now the API serves at all; null when not documented.</param>
/// <param name="SettleLag">How close to now a window may end; data younger than this may still be
/// settling on the platform.</param>
/// <param name="MaxWindowsPerPlan">Cap on windows per plan, so catching up after a long outage goes in
/// bounded steps and the checkpoint moves between them.</param>
public sealed record PullWindowRules(
    TimeSpan MaxWindow,
    TimeSpan Overlap,
    TimeSpan? MaxLookback,
    TimeSpan SettleLag,
    int MaxWindowsPerPlan)
{
    public void Validate()
    {
        if (MaxWindow <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxWindow), MaxWindow, "The window must be positive.");
        }

        if (Overlap < TimeSpan.Zero || SettleLag < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Overlap), "Overlap and settle lag cannot be negative.");
        }

        if (Overlap >= MaxWindow)
        {
            // Otherwise a plan of one window could never move past the checkpoint.
            throw new ArgumentOutOfRangeException(nameof(Overlap), Overlap, "The overlap must be shorter than the window.");
        }

        if (MaxLookback is { } lookback && lookback <= MaxWindow)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxLookback), lookback, "The lookback must be longer than one window.");
        }

        if (MaxWindowsPerPlan < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxWindowsPerPlan), MaxWindowsPerPlan, "At least one window per plan.");
        }
    }
}
