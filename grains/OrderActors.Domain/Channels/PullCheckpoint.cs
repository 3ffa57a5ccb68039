namespace OrderActors.Domain.Channels;

/// <summary>The rule that moves a shop's pull checkpoint (the modified time up to which everything is committed).</summary>
public static class PullCheckpoint
{
    /// <summary>
    /// Advances to the end of the last window of the unbroken run of complete windows that starts at
    /// (or before) the current checkpoint. A window with a page still missing stops the run, even if
    /// later windows are complete: moving past it would skip its orders for good after a restart. The
    /// checkpoint never moves backwards.
    /// </summary>
    /// <param name="current">The checkpoint now; null before the first complete pull.</param>
    /// <param name="pulls">The plan's windows in chronological order.</param>
    public static DateTimeOffset? Advance(DateTimeOffset? current, IReadOnlyList<WindowPull> pulls)
    {
        ArgumentNullException.ThrowIfNull(pulls);
        var reached = current;
        foreach (var pull in pulls)
        {
            var contiguous = reached is null || pull.Window.Start <= reached.Value;
            if (!contiguous || !pull.IsComplete)
            {
                break;
            }

            if (reached is null || pull.Window.End > reached.Value)
            {
                reached = pull.Window.End;
            }
        }

        return reached;
    }
}
