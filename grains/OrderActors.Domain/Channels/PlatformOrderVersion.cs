namespace OrderActors.Domain.Channels;

/// <summary>
/// How new a platform's copy of an order is: the platform's own modified time, then a platform
/// sequence or version number where the platform has one.
/// </summary>
/// <param name="ModifiedAt">The platform's modified/updated time (Taobao <c>modified</c>, JD <c>modified</c>,
/// Pinduoduo <c>updated_at</c>, Douyin <c>update_time</c>). These have one-second resolution.</param>
/// <param name="Sequence">A platform version that orders changes within the same second, if any.</param>
public readonly record struct PlatformOrderVersion(DateTimeOffset ModifiedAt, long? Sequence = null)
{
    /// <summary>
    /// Newer wins. Modified time decides; on a tie a sequence decides when both copies carry one.
    /// A tie without sequences is <see cref="VersionDecision.Same"/>: two different changes within one
    /// second cannot be told apart by version, so a connector that sees different content under the
    /// Same version should re-read the order's detail rather than trust either copy.
    /// </summary>
    public static VersionDecision Decide(PlatformOrderVersion? held, PlatformOrderVersion incoming)
    {
        if (held is not { } current)
        {
            return VersionDecision.Apply;
        }

        var byTime = incoming.ModifiedAt.CompareTo(current.ModifiedAt);
        if (byTime != 0)
        {
            return byTime > 0 ? VersionDecision.Apply : VersionDecision.IgnoreOlder;
        }

        if (incoming.Sequence is { } next && current.Sequence is { } previous && next != previous)
        {
            return next > previous ? VersionDecision.Apply : VersionDecision.IgnoreOlder;
        }

        return VersionDecision.Same;
    }
}
