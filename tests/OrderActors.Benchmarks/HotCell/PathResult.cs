using OrderActors.Benchmarks.Infrastructure;

namespace OrderActors.Benchmarks.HotCell;

/// <summary>What one path measured and whether its checks held.</summary>
internal sealed record PathResult(string Name, LoadResult Load, CpuUse Cpu, bool Correct);
