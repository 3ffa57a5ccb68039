using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace OrderActors.Benchmarks.Domain;

/// <summary>
/// <c>… -- domain [BenchmarkDotNet options]</c>: the domain hot paths with BenchmarkDotNet (memory diagnoser on every
/// class). In process by default (no per-benchmark build: this machine has two shared cores); BenchmarkDotNet's own
/// options (<c>--filter</c>, <c>--job</c> …) pass through.
/// </summary>
public static class DomainBenchmarks
{
    public static int Run(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10))
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "orderactors-benchmarks"));
        var summaries = BenchmarkSwitcher.FromTypes([typeof(RoutingBenchmarks), typeof(StateMachineBenchmarks), typeof(SerializationBenchmarks)])
            .Run(args.Length == 0 ? ["--filter", "*"] : args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
