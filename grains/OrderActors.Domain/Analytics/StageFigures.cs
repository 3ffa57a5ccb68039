namespace OrderActors.Domain.Analytics;

/// <summary>How long orders spent in one step: how many, the mean and the nearest-rank p50 and p90, in seconds (null when none).</summary>
public sealed record StageFigures(Stage Stage, int Count, double? MeanSeconds, double? P50Seconds, double? P90Seconds);
