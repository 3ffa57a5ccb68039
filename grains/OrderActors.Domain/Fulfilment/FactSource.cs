namespace OrderActors.Domain.Fulfilment;

/// <summary>How far a protocol value can be trusted: docs/channel-shipments.md marks every table entry with it.</summary>
public enum FactSource
{
    /// <summary>From the platform's own documentation (or its official SDK).</summary>
    Documented = 0,

    /// <summary>Seen in public integration code that calls the platform, not in the platform's own text.</summary>
    Quoted = 1,

    /// <summary>Ours, because nothing could be confirmed; check it against the platform's company list before going live.</summary>
    Chosen = 2,
}
