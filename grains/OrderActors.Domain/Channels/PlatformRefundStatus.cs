namespace OrderActors.Domain.Channels;

/// <summary>A platform's refund status as mapped, with the platform's own code kept verbatim.</summary>
public readonly record struct PlatformRefundStatus(PlatformRefundState State, string RawCode)
{
    /// <summary>What an order without any refund information carries.</summary>
    public static PlatformRefundStatus NoRefund { get; } = new(PlatformRefundState.None, string.Empty);

    public bool IsKnown => State != PlatformRefundState.Unknown;

    internal static PlatformRefundStatus From(IReadOnlyDictionary<string, PlatformRefundState> table, string? rawCode)
    {
        var raw = rawCode?.Trim() ?? string.Empty;
        return table.TryGetValue(raw, out var state)
            ? new PlatformRefundStatus(state, raw)
            : new PlatformRefundStatus(PlatformRefundState.Unknown, raw);
    }
}
