using OrderActors.Benchmarks.Domain;
using OrderActors.Benchmarks.HotCell;

namespace OrderActors.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/OrderActors.Benchmarks -- hot-cell [options]</c>, or <c>-- domain</c> for the
/// BenchmarkDotNet benchmarks of the domain hot paths; see docs/benchmarks.md.
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(HotCellOptions.Usage);
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] == "domain")
        {
            return DomainBenchmarks.Run(args[1..]);
        }

        if (args[0] != "hot-cell")
        {
            Console.Error.WriteLine($"Unknown benchmark '{args[0]}'.");
            Console.Error.WriteLine(HotCellOptions.Usage);
            return 2;
        }

        if (!HotCellOptions.TryParse(args[1..], out var options, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(HotCellOptions.Usage);
            return 2;
        }

        return await HotCellBenchmark.Run(options);
    }
}
