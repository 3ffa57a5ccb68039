namespace OrderActors.ClientApi.Fulfilment;

/// <summary>Closing or retrying a review: who decides, and why (required to close).</summary>
public sealed record ReviewActionRequest(string? Actor, string? Note);
