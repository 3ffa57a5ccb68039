namespace OrderActors.Domain.Analytics;

/// <summary>The step figures of one warehouse or carrier, and its slowest step.</summary>
public sealed record StageGroupFigures(string Key, IReadOnlyList<StageFigures> Steps, Stage? Bottleneck);
