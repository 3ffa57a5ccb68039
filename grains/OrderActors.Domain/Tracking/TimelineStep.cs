namespace OrderActors.Domain.Tracking;

/// <summary>How a status event relates to what a timeline already holds.</summary>
public enum TimelineStep
{
    /// <summary>The next version: append it.</summary>
    Next = 0,

    /// <summary>Seen before (at-least-once delivery): drop it.</summary>
    Duplicate = 1,

    /// <summary>Versions are missing in between: re-read the order, the source of truth.</summary>
    Gap = 2,
}
