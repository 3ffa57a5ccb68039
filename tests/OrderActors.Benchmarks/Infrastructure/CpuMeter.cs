using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace OrderActors.Benchmarks.Infrastructure;

/// <summary>
/// Where the CPU went during a window, in cores: this process (silo, client and load generator),
/// our private PostgreSQL (postmaster and its children, from /proc) and the whole machine.
/// Linux only; elsewhere the PostgreSQL and machine figures read as not available.
/// </summary>
internal sealed class CpuMeter(int? postmasterPid)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>The postmaster of the server behind the connection, if it runs on this machine (the parent of our backend).</summary>
    public static async Task<int?> FindPostmaster(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("select pg_backend_pid()", connection);
        var backend = (int)(await cmd.ExecuteScalarAsync())!;
        try
        {
            if (File.ReadAllText($"/proc/{backend}/comm").Trim() != "postgres")
            {
                return null; // another machine's process id, or not PostgreSQL
            }
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        return ReadStat(backend)?.ParentPid;
    }

    public Snapshot Take() => new(
        Stopwatch.GetTimestamp(),
        Process.GetCurrentProcess().TotalProcessorTime,
        GC.GetTotalAllocatedBytes(),
        GC.CollectionCount(0),
        GC.CollectionCount(2),
        postmasterPid is { } pid ? PostgresSeconds(pid) : null,
        MachineJiffies());

    public static CpuUse Between(Snapshot a, Snapshot b)
    {
        var wall = Stopwatch.GetElapsedTime(a.Timestamp, b.Timestamp).TotalSeconds;
        double? pg = a.PostgresSeconds is { } pa && b.PostgresSeconds is { } pb ? (pb - pa) / wall : null;
        double? machine = null;
        if (a.Machine is { } ma && b.Machine is { } mb && mb.Total > ma.Total)
        {
            machine = (double)(mb.Busy - ma.Busy) / (mb.Total - ma.Total) * Environment.ProcessorCount;
        }

        return new CpuUse((b.Process - a.Process).TotalSeconds / wall, pg, machine,
            b.AllocatedBytes - a.AllocatedBytes, b.Gen0 - a.Gen0, b.Gen2 - a.Gen2);
    }

    private static double? PostgresSeconds(int postmaster)
    {
        try
        {
            long ticks = 0;
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), out var pid))
                {
                    continue;
                }

                var stat = ReadStat(pid);
                if (stat is { } s && (pid == postmaster || s.ParentPid == postmaster))
                {
                    ticks += s.Ticks;
                }
            }

            return ticks / TicksPerSecond;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static (int ParentPid, long Ticks)? ReadStat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null; // the process ended meanwhile
        }

        // Fields after "(comm)": state ppid ... utime (14th field overall) stime (15th).
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return (int.Parse(fields[1], CultureInfo.InvariantCulture),
            long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
    }

    private static (long Busy, long Total)? MachineJiffies()
    {
        try
        {
            var line = File.ReadLines("/proc/stat").First();
            var values = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
                .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var total = values.Sum();
            var idle = values[3] + values[4]; // idle + iowait
            return (total - idle, total);
        }
        catch (IOException)
        {
            return null;
        }
    }

    internal readonly record struct Snapshot(
        long Timestamp, TimeSpan Process, long AllocatedBytes, int Gen0, int Gen2, double? PostgresSeconds, (long Busy, long Total)? Machine);
}

/// <summary>Average cores busy during a window, and what this process allocated and collected meanwhile.</summary>
internal readonly record struct CpuUse(double Process, double? Postgres, double? Machine, long AllocatedBytes, int Gen0Collections, int Gen2Collections)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"this process {Process:0.00} cores, PostgreSQL {(Postgres is { } p ? p.ToString("0.00", CultureInfo.InvariantCulture) : "n/a")}, machine {(Machine is { } m ? m.ToString("0.00", CultureInfo.InvariantCulture) : "n/a")} of {Environment.ProcessorCount}");
}
