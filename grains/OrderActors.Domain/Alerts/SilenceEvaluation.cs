namespace OrderActors.Domain.Alerts;

/// <summary>The monitor's answer: what to send, the state to keep, and the facts an alert text needs.</summary>
/// <param name="Decision">What to send.</param>
/// <param name="State">The state to keep for the next evaluation (the same instance when nothing changed).</param>
/// <param name="SilentSince">The last new order, or the start of watching, the silence is counted from.</param>
/// <param name="Silence">Silence outside quiet hours: up to now, or for <see cref="SilenceDecision.Clear"/> up to the order that ended it.</param>
/// <param name="ResumedAt">For <see cref="SilenceDecision.Clear"/>: the new order that ended the silence; otherwise null.</param>
public sealed record SilenceEvaluation(
    SilenceDecision Decision,
    SilenceAlertState State,
    DateTimeOffset SilentSince,
    TimeSpan Silence,
    DateTimeOffset? ResumedAt = null)
{
    public void Deconstruct(out SilenceDecision decision, out SilenceAlertState state)
    {
        decision = Decision;
        state = State;
    }
}
