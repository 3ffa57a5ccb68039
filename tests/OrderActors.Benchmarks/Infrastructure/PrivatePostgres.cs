using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OrderActors.Benchmarks.Infrastructure;

/// <summary>A PostgreSQL server of our own, started and stopped with deploy/postgres.sh (fsync stays on).</summary>
internal sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _script;
    private readonly DirectoryInfo _directory;
    private int _stopped;

    private PrivatePostgres(string script, DirectoryInfo directory, string connectionString)
    {
        _script = script;
        _directory = directory;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PrivatePostgres> Start()
    {
        var script = FindScript();
        var directory = Directory.CreateTempSubdirectory("orderactors-bench-pg.");
        string? lastError = null;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var port = FreePort();
            var (code, output, error) = await Script(script, "start", directory.FullName, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (code == 0)
            {
                var connectionString = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
                return new PrivatePostgres(script, directory, connectionString);
            }

            lastError = error;
        }

        directory.Delete(recursive: true);
        throw new InvalidOperationException($"deploy/postgres.sh could not start PostgreSQL: {lastError}");
    }

    /// <summary>Stops the server and removes its directory; safe to call more than once.</summary>
    public void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        Script(_script, "stop", _directory.FullName).GetAwaiter().GetResult();
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder; harmless.
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private static string FindScript()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "deploy", "postgres.sh");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException("deploy/postgres.sh not found above the current or the program's directory; pass --connection instead.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int Code, string Output, string Error)> Script(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
