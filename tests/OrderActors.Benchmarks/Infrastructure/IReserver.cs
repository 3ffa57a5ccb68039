namespace OrderActors.Benchmarks.Infrastructure;

/// <summary>One caller of a path under test; each load worker owns one.</summary>
internal interface IReserver : IAsyncDisposable
{
    /// <summary>Reserves one unit for the order; true when accepted (and durable), false when refused for lack of stock.</summary>
    Task<bool> Reserve(string orderId);
}
