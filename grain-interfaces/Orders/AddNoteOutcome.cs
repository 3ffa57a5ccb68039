namespace OrderActors.GrainInterfaces.Orders;

/// <summary>What adding a note did: stored it, found it stored by an earlier try, or found the request id used for other text.</summary>
[GenerateSerializer, Alias("oa.AddNoteOutcome")]
public enum AddNoteOutcome
{
    Added = 0,
    Replayed = 1,
    RequestIdConflict = 2,
}
