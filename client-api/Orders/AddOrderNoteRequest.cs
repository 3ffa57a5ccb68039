namespace OrderActors.ClientApi.Orders;

/// <summary>Body of a note add: the text (1-2000 characters) and the request id that makes a retry return the same note.</summary>
public sealed record AddOrderNoteRequest(string? Text, string? RequestId);
