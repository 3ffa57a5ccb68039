namespace OrderActors.GrainInterfaces.Orders;

[GenerateSerializer, Alias("oa.SubmitOutcome")]
public enum SubmitOutcome
{
    /// <summary>Recorded; allocated, awaiting payment, or backordered (see the order).</summary>
    Accepted = 0,

    /// <summary>Recorded as cancelled because no warehouse had the stock (shortfall policy Reject).</summary>
    Refused = 1,

    /// <summary>Not recorded: the submission is invalid (unknown SKU, address that does not resolve …).</summary>
    Invalid = 2,

    /// <summary>Not recorded: the id was used before for an order with different content.</summary>
    IdempotencyConflict = 3,
}
