using System.Collections.Frozen;

namespace OrderActors.Domain.Returns;

/// <summary>
/// The return lifecycle as a table: every allowed transition is one line below; every other
/// (status, trigger) pair is refused with a reason. The refund moves on its own (<see cref="RefundRules"/>).
/// </summary>
public static class ReturnStateMachine
{
    private static readonly FrozenDictionary<(ReturnStatus From, ReturnTrigger Trigger), ReturnStatus> Allowed =
        new Dictionary<(ReturnStatus, ReturnTrigger), ReturnStatus>
        {
            [(ReturnStatus.Requested, ReturnTrigger.Receive)] = ReturnStatus.Received,
            [(ReturnStatus.Requested, ReturnTrigger.Cancel)] = ReturnStatus.Cancelled,

            [(ReturnStatus.Received, ReturnTrigger.PassQc)] = ReturnStatus.QcPassed,
            [(ReturnStatus.Received, ReturnTrigger.PartlyPassQc)] = ReturnStatus.QcPartlyPassed,
            [(ReturnStatus.Received, ReturnTrigger.FailQc)] = ReturnStatus.QcFailed,
        }.ToFrozenDictionary();

    /// <summary>Every allowed transition, for documentation and tests.</summary>
    public static IEnumerable<(ReturnStatus From, ReturnTrigger Trigger, ReturnStatus To)> AllowedTransitions =>
        Allowed.Select(kv => (kv.Key.From, kv.Key.Trigger, kv.Value));

    public static ReturnTransition Decide(ReturnStatus from, ReturnTrigger trigger) =>
        Allowed.TryGetValue((from, trigger), out var to)
            ? new ReturnTransition(from, trigger, to, ReturnRejection.None)
            : new ReturnTransition(from, trigger, from, ReasonForMissingEdge(from, trigger));

    /// <summary>QC done or cancelled: nothing moves the return's goods any more.</summary>
    public static bool IsClosed(ReturnStatus status) =>
        status is ReturnStatus.QcPassed or ReturnStatus.QcPartlyPassed or ReturnStatus.QcFailed or ReturnStatus.Cancelled;

    /// <summary>The trigger QC quantities stand for: all passed, all failed, or some of each.</summary>
    public static ReturnTrigger QcTrigger(int passed, int failed) =>
        failed == 0 ? ReturnTrigger.PassQc : passed == 0 ? ReturnTrigger.FailQc : ReturnTrigger.PartlyPassQc;

    private static ReturnRejection ReasonForMissingEdge(ReturnStatus from, ReturnTrigger trigger) => (from, trigger) switch
    {
        _ when IsClosed(from) => ReturnRejection.ReturnClosed,
        (ReturnStatus.Requested, ReturnTrigger.PassQc or ReturnTrigger.PartlyPassQc or ReturnTrigger.FailQc) => ReturnRejection.NotReceived,
        (ReturnStatus.Received, ReturnTrigger.Cancel or ReturnTrigger.Receive) => ReturnRejection.AlreadyReceived,
        _ => ReturnRejection.NotAllowedFromStatus,
    };
}
