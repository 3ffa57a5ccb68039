namespace OrderActors.Domain.Fulfilment;

/// <summary>What a ship notice did to the stored write-back.</summary>
public enum WriteBackRequestDecision
{
    /// <summary>The first notice for the order: stored, to be sent.</summary>
    New = 0,

    /// <summary>The same carrier and waybill again: nothing changes.</summary>
    Repeat = 1,

    /// <summary>Another waybill while the earlier one was not acknowledged: it replaces it and is sent afresh.</summary>
    Replaced = 2,

    /// <summary>Another waybill after the platform acknowledged one: not sent (the platform holds the first); recorded as the last error.</summary>
    AfterAcknowledgement = 3,
}
