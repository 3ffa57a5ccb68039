namespace OrderActors.Domain.Channels;

/// <summary>A platform's order status as mapped, with the platform's own code kept verbatim.</summary>
/// <param name="State">The mapped state; <see cref="PlatformOrderState.Unknown"/> when the code is not in the table.</param>
/// <param name="RawCode">Exactly what the platform sent (empty when it sent nothing).</param>
public readonly record struct PlatformStatus(PlatformOrderState State, string RawCode)
{
    public bool IsKnown => State != PlatformOrderState.Unknown;

    /// <summary>Looks <paramref name="rawCode"/> up in <paramref name="table"/>; an unknown or missing code is Unknown, never an exception.</summary>
    internal static PlatformStatus From(IReadOnlyDictionary<string, PlatformOrderState> table, string? rawCode)
    {
        var raw = rawCode?.Trim() ?? string.Empty;
        return table.TryGetValue(raw, out var state)
            ? new PlatformStatus(state, raw)
            : new PlatformStatus(PlatformOrderState.Unknown, raw);
    }
}
