namespace OrderActors.Domain.Returns;

/// <summary>The return state machine's answer: the status to move to, or the reason it refused.</summary>
public readonly record struct ReturnTransition(ReturnStatus From, ReturnTrigger Trigger, ReturnStatus To, ReturnRejection Rejection)
{
    public bool IsAllowed => Rejection == ReturnRejection.None;

    public string Describe() => Rejection switch
    {
        ReturnRejection.None => $"{From} -> {To} on {Trigger}",
        ReturnRejection.ReturnClosed => $"The return is {From}; it can no longer change.",
        ReturnRejection.NotReceived => "QC needs the goods: receive the return at a warehouse first.",
        ReturnRejection.AlreadyReceived => $"The return is {From}: the goods are in a warehouse already.",
        _ => $"{Trigger} is not allowed while the return is {From}.",
    };
}
