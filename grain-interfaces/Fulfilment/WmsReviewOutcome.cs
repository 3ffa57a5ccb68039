namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>What resolving or retrying a review did.</summary>
[GenerateSerializer, Alias("oa.WmsReviewOutcome")]
public enum WmsReviewOutcome
{
    /// <summary>Closed by a person without applying the event.</summary>
    Resolved = 0,

    /// <summary>The retry went through: the order took the event (or had it already); the review is closed.</summary>
    Applied = 1,

    /// <summary>The order still refuses the event; the review stays open with the new reason.</summary>
    StillRefused = 2,

    /// <summary>No review with this id.</summary>
    NotFound = 3,

    /// <summary>The review was closed before; nothing changed.</summary>
    AlreadyClosed = 4,

    /// <summary>The order or the database could not be reached; try again.</summary>
    Unavailable = 5,
}
