using System.Globalization;
using System.Net;
using System.Text;

namespace OrderActors.LoadTest;

/// <summary>The report as one self-contained HTML page: tables and inline SVG charts, no scripts, nothing fetched.</summary>
public static class HtmlReport
{
    private const string Style = """
        <!doctype html><html lang="en"><head><meta charset="utf-8">
        <style>body{font:14px system-ui,sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}
        th{background:#f3f3f3}td:first-child{text-align:left}.ok{color:#18794e}.fail{color:#c62828;font-weight:bold}svg{background:#fafafa;border:1px solid #ddd}</style>
        """;

    public static string Render(LoadReport report)
    {
        var html = new StringBuilder();
        var verdict = report.Audit is null ? "not run" : report.Passed ? "passed" : "FAILED";
        html.Append(Style)
            .Append(CultureInfo.InvariantCulture, $"<title>Load run {E(report.Profile)} ({E(report.Target)})</title></head><body>")
            .Append(CultureInfo.InvariantCulture, $"<h1>Load run: {E(report.Profile)} over {E(report.Target)}</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p>Run {E(report.RunId)}, started {report.StartedAt:u}; {report.OperationsStarted} operations in {report.SendingSeconds:F1} s: ")
            .Append(CultureInfo.InvariantCulture, $"achieved <b>{report.AchievedRate:F0}/s</b>, accepted orders {report.AcceptedOrdersPerSecond:F0}/s, errors {report.ErrorCount}, unanswered {report.Unanswered}. ")
            .Append(CultureInfo.InvariantCulture, $"Machine: {report.Machine.Cores} cores, {E(report.Machine.Cpu)}, {E(report.Machine.Memory)}.</p>")
            .Append(CultureInfo.InvariantCulture, $"<h2>Audit: <span class=\"{(report.Passed ? "ok" : "fail")}\">{verdict}</span></h2><ul>");
        foreach (var check in report.Audit?.Checks ?? [])
        {
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"{(check.Passed ? "ok" : "fail")}\">{E(check.Name)}: {E(check.Detail)}{(check.Examples.Count > 0 ? " — " + E(string.Join("; ", check.Examples)) : "")}</li>");
        }

        html.Append("</ul><h2>Latency by operation (ms, from the intended start)</h2><table><tr><th>operation</th><th>count</th><th>rate/s</th><th>p50</th><th>p90</th><th>p99</th><th>p99.9</th><th>max</th><th>service p50</th><th>service p99</th><th>outcomes</th></tr>");
        foreach (var o in report.Operations)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(o.Name)}</td><td>{o.Count}</td><td>{o.Rate:F0}</td><td>{o.P50Ms:F1}</td><td>{o.P90Ms:F1}</td><td>{o.P99Ms:F1}</td><td>{o.P999Ms:F1}</td><td>{o.MaxMs:F1}</td><td>{o.ServiceP50Ms:F1}</td><td>{o.ServiceP99Ms:F1}</td><td style=\"text-align:left\">{E(string.Join(", ", o.Outcomes.Select(k => $"{k.Key} {k.Value}")))}</td></tr>");
        }

        html.Append("</table><h2>Errors by kind</h2><ul>");
        foreach (var e in report.ErrorsByKind)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(e.Key)}: {e.Value}</li>");
        }

        html.Append(report.ErrorsByKind.Count == 0 ? "<li>none</li>" : "").Append("</ul>");
        var t = report.Timeline;
        html.Append("<h2>Rate over time (operations/s: target dashed, achieved solid)</h2>")
            .Append(Chart(t, [("target", "#999", true, s => s.TargetRate), ("achieved", "#1565c0", false, s => s.Completed)], "/s"))
            .Append("<h2>Latency over time (ms per second: p50, p99, max)</h2>")
            .Append(Chart(t, [("p50", "#2e7d32", false, s => s.P50Ms), ("p99", "#ef6c00", false, s => s.P99Ms), ("max", "#c62828", true, s => s.MaxMs)], " ms"))
            .Append("</body></html>");
        return html.ToString();
    }

    private static string Chart(IReadOnlyList<TimelineSample> samples, (string Name, string Color, bool Dashed, Func<TimelineSample, double> Value)[] series, string unit)
    {
        const int W = 1000, H = 280, L = 60, B = 30, T = 10;
        if (samples.Count == 0)
        {
            return "<p>no samples</p>";
        }

        var maxX = Math.Max(1, samples[^1].Second);
        var maxY = Math.Max(1, series.Max(s => samples.Max(s.Value))) * 1.1;
        string X(double x) => (L + (x / maxX * (W - L - 10))).ToString("F1", CultureInfo.InvariantCulture);
        string Y(double y) => (T + ((1 - (y / maxY)) * (H - T - B))).ToString("F1", CultureInfo.InvariantCulture);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (var i = 0; i <= 4; i++)
        {
            var y = maxY * i / 4;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{L}\" x2=\"{W - 10}\" y1=\"{Y(y)}\" y2=\"{Y(y)}\" stroke=\"#e0e0e0\"/><text x=\"{L - 5}\" y=\"{Y(y)}\" font-size=\"11\" text-anchor=\"end\">{y:F0}{unit}</text>");
        }

        for (var s = 0; s <= maxX; s += Math.Max(1, (int)(maxX / 10)))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(s)}\" y=\"{H - 10}\" font-size=\"11\" text-anchor=\"middle\">{s}s</text>");
        }

        var legend = L + 10;
        foreach (var (name, color, dashed, value) in series)
        {
            var points = string.Join(' ', samples.Select(p => $"{X(p.Second)},{Y(value(p))}"));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"1.5\"{(dashed ? " stroke-dasharray=\"4 3\"" : "")} points=\"{points}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{legend}\" y=\"{T + 14}\" font-size=\"12\" fill=\"{color}\">{E(name)}</text>");
            legend += 70;
        }

        return svg.Append("</svg>").ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
