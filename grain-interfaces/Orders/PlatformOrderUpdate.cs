namespace OrderActors.GrainInterfaces.Orders;

/// <summary>
/// An order as a marketplace reported it in a pull. <see cref="State"/> is the platform status mapped
/// to the shared vocabulary (AwaitingPayment, Paid, Shipped, Cancelled, RefundRequested …);
/// <see cref="RawStatus"/> is the platform's own code. Updates apply only when newer than what the
/// order holds (platform modified time), so an older or repeated pull never regresses an order.
/// </summary>
/// <param name="CreatedAt">When the order was created on the platform, when it says: weekly reconciliation counts by it.</param>
[GenerateSerializer, Immutable, Alias("oa.PlatformOrderUpdate")]
public sealed record PlatformOrderUpdate(
    [property: Id(0)] DateTimeOffset ModifiedAt,
    [property: Id(1)] string State,
    [property: Id(2)] string RawStatus,
    [property: Id(3)] SubmitOrder Order,
    [property: Id(4)] DateTimeOffset? CreatedAt = null);

[GenerateSerializer, Alias("oa.PlatformUpdateOutcome")]
public enum PlatformUpdateOutcome
{
    /// <summary>A paid order seen for the first time: recorded and routed.</summary>
    Created = 0,

    /// <summary>A newer platform version changed the order (e.g. cancelled on the platform).</summary>
    Updated = 1,

    /// <summary>Older than or the same as what the order holds; nothing changed.</summary>
    Unchanged = 2,

    /// <summary>Not recorded: not paid yet, or closed before it was ever recorded.</summary>
    Ignored = 3,

    /// <summary>Refused: the order is invalid for this system (unknown SKU, address that does not resolve).</summary>
    Rejected = 4,
}

[GenerateSerializer, Immutable, Alias("oa.PlatformUpdateResult")]
public sealed record PlatformUpdateResult([property: Id(0)] PlatformUpdateOutcome Outcome, [property: Id(1)] string? Detail);
