namespace OrderActors.Domain.Fulfilment;

/// <summary>A carrier as one platform names it in its ship call, and how sure we are of that name.</summary>
public sealed record PlatformCarrierCode(string Code, FactSource Source);
