namespace OrderActors.Domain.Tracking;

/// <summary>What made a tracking timeline re-read its order and find itself behind.</summary>
public enum RepairCause
{
    /// <summary>An event arrived with versions missing before it.</summary>
    Gap = 0,

    /// <summary>The timeline's own check after a quiet period (a reminder) found the order further on: its last events were lost.</summary>
    Check = 1,

    /// <summary>A read of a timeline that had heard nothing for a while found the order further on.</summary>
    Read = 2,
}
