namespace OrderActors.Domain.Carriers;

/// <summary>The outcome of merging a delivery of events into a parcel's events.</summary>
/// <param name="All">Every event once, in time order (ties by key).</param>
/// <param name="Fresh">The events not seen before, in time order: what is forwarded.</param>
public sealed record ParcelMerge<T>(IReadOnlyList<T> All, IReadOnlyList<T> Fresh);
