using System.Globalization;

namespace OrderActors.Benchmarks.HotCell;

/// <summary>How the calls reach the hot stock cell.</summary>
internal enum ClientKind
{
    /// <summary>The silo's own grain factory: no network hop, no gateway.</summary>
    InSilo,

    /// <summary>An Orleans client host in the same process that connects to the silo's gateway over loopback TCP, as the API does.</summary>
    Gateway,
}

/// <summary>Which paths a run measures; the ratio and its target need both.</summary>
internal enum BenchPaths
{
    Both,
    Cluster,
    RowLock,
}

internal sealed record HotCellOptions(int Concurrency, int Seconds, int WarmupSeconds, string? Connection, ClientKind Client, BenchPaths Paths)
{
    public const string Usage =
        """
        usage: hot-cell [--concurrency N] [--seconds S] [--warmup W] [--client in-silo|gateway] [--connection CS]
                        [--path both|cluster|row-lock]

          --concurrency N   concurrent callers on each path (default 256); each path gets N callers
                            (cluster: N grain calls in flight; row lock: N PostgreSQL connections)
          --seconds S       measured seconds per path (default 10), after W seconds of warm-up (default 3)
          --client          in-silo (default): the hosted silo's grain factory; gateway: an Orleans
                            client in this process connected to the silo's gateway over loopback TCP
          --connection CS   a PostgreSQL server to use (the role needs CREATEDB: a fresh database is
                            created and dropped); without it a private server is started with
                            deploy/postgres.sh in a temporary directory (fsync on) and stopped at the end
          --path            both (default) or one path alone (for profiling; no ratio then)
        """;

    public static bool TryParse(string[] args, out HotCellOptions options, out string? error)
    {
        options = new HotCellOptions(256, 10, 3, null, ClientKind.InSilo, BenchPaths.Both);
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Length)
            {
                error = $"{name} needs a value.";
                return false;
            }

            var value = args[++i];
            switch (name)
            {
                case "--concurrency" when Positive(value, 1, 10_000, out var n):
                    options = options with { Concurrency = n };
                    break;
                case "--seconds" when Positive(value, 1, 600, out var s):
                    options = options with { Seconds = s };
                    break;
                case "--warmup" when Positive(value, 0, 120, out var w):
                    options = options with { WarmupSeconds = w };
                    break;
                case "--connection" when !string.IsNullOrWhiteSpace(value):
                    options = options with { Connection = value };
                    break;
                case "--client" when value is "in-silo" or "gateway":
                    options = options with { Client = value == "gateway" ? ClientKind.Gateway : ClientKind.InSilo };
                    break;
                case "--path" when value is "both" or "cluster" or "row-lock":
                    options = options with { Paths = value switch { "cluster" => BenchPaths.Cluster, "row-lock" => BenchPaths.RowLock, _ => BenchPaths.Both } };
                    break;
                default:
                    error = $"Bad option or value: {name} {value}";
                    return false;
            }
        }

        return true;
    }

    private static bool Positive(string value, int min, int max, out int result) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result) && result >= min && result <= max;
}
