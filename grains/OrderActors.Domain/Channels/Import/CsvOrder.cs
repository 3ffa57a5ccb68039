using System.Collections.Immutable;

namespace OrderActors.Domain.Channels.Import;

/// <summary>
/// An order read from an import file, every line of it valid: what a marketplace pull would have
/// reported of it. <see cref="State"/> is the channel's status mapped (combined with the refund status
/// where the channel has one); <see cref="RawStatus"/> is the platform's own code as written.
/// </summary>
/// <param name="PaidAt">The paid_at cell; null when the file left it empty.</param>
public sealed record CsvOrder(
    string PlatformOrderId,
    PlatformOrderState State,
    string RawStatus,
    DateTimeOffset ModifiedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PaidAt,
    CsvReceiver Receiver,
    ImmutableArray<CsvOrderLine> Lines)
{
    /// <summary>The physical lines of the file this order was read from.</summary>
    public ImmutableArray<int> SourceLines => [.. Lines.Select(l => l.Line)];
}
