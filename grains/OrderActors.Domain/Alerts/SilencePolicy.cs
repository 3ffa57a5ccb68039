namespace OrderActors.Domain.Alerts;

/// <summary>
/// When a shop's silence (no new order) deserves an alert: after more than <see cref="Threshold"/> of
/// silence outside <see cref="QuietHours"/>; while it lasts, a reminder at most every
/// <see cref="RepeatEvery"/> (never when null). Immutable.
/// </summary>
public sealed class SilencePolicy
{
    /// <summary>Ten minutes: a shop that normally sells all day and stays silent this long is worth a look.</summary>
    public static readonly TimeSpan DefaultThreshold = TimeSpan.FromMinutes(10);

    public SilencePolicy(TimeSpan threshold, QuietHours? quietHours = null, TimeSpan? repeatEvery = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, TimeSpan.Zero);
        if (repeatEvery is { } every)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(every, TimeSpan.Zero, nameof(repeatEvery));
        }

        Threshold = threshold;
        QuietHours = quietHours ?? QuietHours.None;
        RepeatEvery = repeatEvery;
    }

    /// <summary>Ten minutes, no quiet hours, no reminders.</summary>
    public static SilencePolicy Default { get; } = new(DefaultThreshold);

    /// <summary>How much silence outside quiet hours raises the alert (it must be exceeded, not just reached).</summary>
    public TimeSpan Threshold { get; }

    /// <summary>Time that does not count as silence.</summary>
    public QuietHours QuietHours { get; }

    /// <summary>The least time between two notifications of the same raised alert; null: never remind.</summary>
    public TimeSpan? RepeatEvery { get; }
}
