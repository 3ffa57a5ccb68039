namespace OrderActors.Domain.Tracking;

public static class Timeline
{
    /// <summary>Classifies an incoming event version against the last version the timeline holds.</summary>
    public static TimelineStep Classify(int lastVersion, int incomingVersion) =>
        incomingVersion <= lastVersion ? TimelineStep.Duplicate
        : incomingVersion == lastVersion + 1 ? TimelineStep.Next
        : TimelineStep.Gap;
}
