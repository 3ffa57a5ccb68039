using System.Globalization;

namespace OrderActors.LoadTest;

/// <summary>The command line: read the profile, connect, set up the catalog, run, audit, write the reports.</summary>
public static class LoadCommand
{
    private const string Usage = """
        usage: dotnet run -c Release --project tests/OrderActors.LoadTest -- --profile spike [options]
          --profile NAME|PATH   a profile under profiles/ (steady, spike, hot-sku, mixed, channel-burst) or a JSON file
          --target http|orleans http: the client API (default); orleans: the cluster through an Orleans client
          --api URL             client API base URL (setup always goes through it; default http://127.0.0.1:8080)
          --api-key KEY         API key sent as X-Api-Key (scopes read, orders:write, catalog:write, inventory:write);
                                default $ORDERACTORS_API_KEY (deploy/run-local.sh provisions one and prints it)
          --connection CS       PostgreSQL of the system (audit; orleans clustering); default $ConnectionStrings__OrderActors
          --cluster-id ID       default orderactors-local;  --service-id ID  default orderactors
          --rate-scale X        multiply every rate and burst by X (default 1);  --time-scale X  every duration (default 1)
          --out DIR             where load-<profile>-<target>.json and .html go (default .)
          --no-audit            skip the audit (the run then cannot pass)
        """;

    public static async Task<int> Run(string[] args, TextWriter output)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return Fail(output, $"unexpected argument '{args[i]}'");
            }

            options[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        }

        if (!options.TryGetValue("profile", out var profileName))
        {
            return Fail(output, "--profile is required");
        }

        var path = File.Exists(profileName) ? profileName : Path.Combine(AppContext.BaseDirectory, "profiles", profileName + ".json");
        if (!File.Exists(path))
        {
            return Fail(output, $"no profile '{profileName}'");
        }

        var profile = LoadProfile.Load(path).Scaled(Number(options, "rate-scale"), Number(options, "time-scale"));
        var problems = profile.Validate();
        if (problems.Count > 0)
        {
            return Fail(output, $"{path}: {string.Join("; ", problems)}");
        }

        var targetKind = options.GetValueOrDefault("target", "http");
        var api = new Uri(options.GetValueOrDefault("api", "http://127.0.0.1:8080"));
        var apiKey = options.GetValueOrDefault("api-key") ?? Environment.GetEnvironmentVariable("ORDERACTORS_API_KEY");
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            return Fail(output, "--api-key (or ORDERACTORS_API_KEY) is needed: the client API refuses calls without credentials");
        }

        var connection = options.GetValueOrDefault("connection") ?? Environment.GetEnvironmentVariable("ConnectionStrings__OrderActors");
        if (string.IsNullOrWhiteSpace(connection) || targetKind is not ("http" or "orleans"))
        {
            return Fail(output, "--target is http or orleans, and a --connection (or ConnectionStrings__OrderActors) is needed for the audit");
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        await using ILoadTarget target = targetKind == "http"
            ? HttpTarget.For(api, profile.MaxInFlight, apiKey)
            : await OrleansTarget.Connect(connection, options.GetValueOrDefault("cluster-id", "orderactors-local"), options.GetValueOrDefault("service-id", "orderactors"), cancel.Token);
        var catalog = new LoadCatalog(profile);
        output.WriteLine($"run {catalog.RunId}: profile {profile.Name} ({profile.TotalSeconds:F0} s) over {targetKind}; setup: {profile.Warehouses} warehouses, {profile.Skus.Count} SKUs ...");
        try
        {
            using var setupClient = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(60) };
            setupClient.DefaultRequestHeaders.Add(HttpTarget.ApiKeyHeader, apiKey);
            await catalog.Setup(setupClient, cancel.Token);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            output.WriteLine($"setup failed: {e.Message}");
            return 3;
        }

        var run = await new LoadEngine(target, profile, catalog, output).Run(TimeSpan.FromSeconds(60), cancel.Token);
        AuditResult? audit = null;
        if (!options.ContainsKey("no-audit"))
        {
            output.WriteLine("auditing ...");
            audit = await new LoadAudit(connection, target).Run(catalog, run.Orders, CancellationToken.None);
        }

        var report = LoadReport.From(profile, targetKind, catalog, run, audit);
        var outDir = options.GetValueOrDefault("out", ".");
        Directory.CreateDirectory(outDir);
        var baseName = Path.Combine(outDir, $"load-{profile.Name}-{targetKind}");
        await File.WriteAllTextAsync(baseName + ".json", report.ToJson(), CancellationToken.None);
        await File.WriteAllTextAsync(baseName + ".html", HtmlReport.Render(report), CancellationToken.None);
        output.WriteLine(report.Summary());
        output.WriteLine($"report: {baseName}.json, {baseName}.html");
        return report.Passed ? 0 : 1;
    }

    private static double Number(Dictionary<string, string> options, string name) =>
        options.TryGetValue(name, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : 1;

    private static int Fail(TextWriter output, string message)
    {
        output.WriteLine(message);
        output.WriteLine(Usage);
        return 2;
    }
}
