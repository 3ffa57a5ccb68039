namespace OrderActors.Domain.Channels;

/// <summary>What to do with a pulled copy of an order, given the version the order already holds.</summary>
public enum VersionDecision
{
    /// <summary>Newer than what is held: apply it.</summary>
    Apply = 0,

    /// <summary>Older than what is held (a late or repeated page): drop it; the order must not regress.</summary>
    IgnoreOlder = 1,

    /// <summary>The same version as held: nothing to do.</summary>
    Same = 2,
}
