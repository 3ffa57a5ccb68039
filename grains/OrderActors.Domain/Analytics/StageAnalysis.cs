namespace OrderActors.Domain.Analytics;

/// <summary>The answer to a <see cref="StageQuery"/>: totals per step, per group, the top delay reasons and the slowest step.</summary>
public sealed record StageAnalysis(
    IReadOnlyList<StageFigures> Steps,
    IReadOnlyList<StageGroupFigures> Groups,
    IReadOnlyList<DelayReasonCount> TopDelayReasons,
    Stage? Bottleneck);
