namespace OrderActors.Domain.Alerts;

/// <summary>What to send after evaluating a shop's silence.</summary>
public enum SilenceDecision
{
    /// <summary>Nothing to send.</summary>
    None = 0,

    /// <summary>The silence has just exceeded the threshold: send the alert.</summary>
    Raise = 1,

    /// <summary>Still silent, and the reminder interval has passed since the last notification: send a reminder.</summary>
    Remind = 2,

    /// <summary>A new order arrived after the alert was raised: send the all-clear.</summary>
    Clear = 3,
}
