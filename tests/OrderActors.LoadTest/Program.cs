namespace OrderActors.LoadTest;

internal static class Program
{
    /// <summary>Exit codes: 0 run done and audit clean; 1 audit failed; 2 bad arguments; 3 setup failed.</summary>
    private static Task<int> Main(string[] args) => LoadCommand.Run(args, Console.Out);
}
