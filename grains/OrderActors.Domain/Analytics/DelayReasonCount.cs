namespace OrderActors.Domain.Analytics;

/// <summary>How many orders had this delay reason recorded in this step.</summary>
public sealed record DelayReasonCount(Stage Stage, string Reason, int Count);
