using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using HdrHistogram;

namespace OrderActors.LoadTest;

/// <summary>What a run produced: rates, latency percentiles per operation, outcomes by kind, the timeline, the audit.</summary>
public sealed record LoadReport(
    string Profile,
    string Target,
    string RunId,
    DateTimeOffset StartedAt,
    MachineFacts Machine,
    double SendingSeconds,
    double ElapsedSeconds,
    long OperationsStarted,
    long Unanswered,
    double AchievedRate,
    double AcceptedOrdersPerSecond,
    long ErrorCount,
    IReadOnlyDictionary<string, long> ErrorsByKind,
    IReadOnlyList<OperationReport> Operations,
    IReadOnlyList<TimelineSample> Timeline,
    AuditResult? Audit)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public bool Passed => Audit?.Passed ?? false;

    public static LoadReport From(LoadProfile profile, string target, LoadCatalog catalog, LoadRunResult run, AuditResult? audit)
    {
        // Rates are answers over the time from the first send to the last answer, not over the sending window:
        // a saturated system still answers after sending stops, and dividing by the window would report the
        // target rate as achieved.
        var seconds = Math.Max(run.Sending.TotalSeconds, run.Elapsed.TotalSeconds);
        var operations = run.Operations.Where(o => o.Latency.TotalCount > 0).Select(o => OperationReport.From(o, seconds)).ToList();
        var errors = run.Operations.SelectMany(o => o.Outcomes.Where(k => k.Key != "ok" && !k.Key.StartsWith("refused:", StringComparison.Ordinal)).Select(k => (Kind: $"{o.Name} {k.Key}", k.Value)))
            .ToDictionary(e => e.Kind, e => e.Value);
        return new LoadReport(
            profile.Name, target, catalog.RunId, run.StartedAt, MachineFacts.Read(),
            Math.Round(run.Sending.TotalSeconds, 2), Math.Round(run.Elapsed.TotalSeconds, 2), run.Started, run.Unanswered,
            Math.Round(run.Operations.Sum(o => o.Latency.TotalCount) / seconds, 1),
            Math.Round(run.Orders.Values.Count(o => o.Accepted) / seconds, 1),
            errors.Values.Sum(), errors, operations, run.Timeline, audit);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>A one-screen summary for the console.</summary>
    public string Summary()
    {
        var lines = new List<string>
        {
            Invariant($"{Profile} on {Target}: {OperationsStarted} operations sent in {SendingSeconds:F1} s, answered by {ElapsedSeconds:F1} s, achieved {AchievedRate:F0}/s, accepted orders {AcceptedOrdersPerSecond:F0}/s, errors {ErrorCount}, unanswered {Unanswered}"),
            "operation        count      rate/s   p50 ms   p90 ms   p99 ms  p99.9 ms   max ms  outcomes",
        };
        lines.AddRange(Operations.Select(o => Invariant(
            $"{o.Name,-14} {o.Count,8} {o.Rate,10:F0} {o.P50Ms,8:F1} {o.P90Ms,8:F1} {o.P99Ms,8:F1} {o.P999Ms,9:F1} {o.MaxMs,8:F1}  {string.Join(", ", o.Outcomes.Select(k => $"{k.Key} {k.Value}"))}")));
        if (Audit is not null)
        {
            lines.Add($"audit: {(Audit.Passed ? "PASSED" : "FAILED")}");
            lines.AddRange(Audit.Checks.Select(c => $"  [{(c.Passed ? "ok" : "FAIL")}] {c.Name}: {c.Detail}{(c.Examples.Count > 0 ? " e.g. " + string.Join("; ", c.Examples.Take(3)) : "")}"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One operation over the whole run; latency from the intended start, service time from the send.</summary>
public sealed record OperationReport(
    string Name, long Count, double Rate, double P50Ms, double P90Ms, double P99Ms, double P999Ms, double MaxMs,
    double ServiceP50Ms, double ServiceP99Ms, IReadOnlyDictionary<string, long> Outcomes)
{
    public static OperationReport From(OperationStats stats, double seconds)
    {
        var h = stats.Latency;
        return new OperationReport(
            stats.Name, h.TotalCount, Math.Round(h.TotalCount / seconds, 1),
            Ms(h, 50), Ms(h, 90), Ms(h, 99), Ms(h, 99.9), Math.Round(h.GetMaxValue() / 1000.0, 2),
            Ms(stats.Service, 50), Ms(stats.Service, 99),
            stats.Outcomes.OrderByDescending(o => o.Value).ToDictionary(o => o.Key, o => o.Value));
    }

    private static double Ms(HistogramBase h, double percentile) => Math.Round(h.GetValueAtPercentile(percentile) / 1000.0, 2);
}

/// <summary>The machine the load tool ran on (the system under test ran there too, for local runs).</summary>
public sealed record MachineFacts(string Host, int Cores, string Cpu, string Memory, string Os, string Runtime)
{
    public static MachineFacts Read()
    {
        static string Find(string path, string prefix) =>
            File.Exists(path) ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?" : "?";
        return new MachineFacts(
            Environment.MachineName, Environment.ProcessorCount, Find("/proc/cpuinfo", "model name"), Find("/proc/meminfo", "MemTotal"),
            System.Runtime.InteropServices.RuntimeInformation.OSDescription, System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
    }
}
