using System.Collections.Immutable;

namespace OrderActors.Domain.Channels;

/// <summary>
/// Progress of one window: how many pages the platform said it has, and which of them are committed
/// (their orders durably applied). Pages may be committed in any order — Taobao and Pinduoduo ask for
/// the last page first — so completeness is "every page 1..N committed", not a counter.
/// </summary>
public sealed record WindowPull(PullWindow Window, int? TotalPages, ImmutableHashSet<int> CommittedPages)
{
    public static WindowPull Start(PullWindow window) => new(window, null, []);

    /// <summary>The page count as the first response reported it (0 for an empty window).</summary>
    public WindowPull WithTotalPages(int totalPages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalPages);
        return this with { TotalPages = totalPages };
    }

    public WindowPull WithPageCommitted(int page)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        if (TotalPages is { } total && page > total)
        {
            throw new ArgumentOutOfRangeException(nameof(page), page, $"The window has {total} pages.");
        }

        return this with { CommittedPages = CommittedPages.Add(page) };
    }

    /// <summary>True only when the page count is known and every page of it is committed.</summary>
    public bool IsComplete => TotalPages is { } total && Enumerable.Range(1, total).All(CommittedPages.Contains);
}
