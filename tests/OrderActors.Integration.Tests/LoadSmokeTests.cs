using OrderActors.LoadTest;

namespace OrderActors.Integration.Tests;

/// <summary>
/// The load tool's engine, a few seconds at a small rate against the hosted API, every operation kind and
/// a marketplace backlog, with stock so short that orders are refused and backordered: the audit must be
/// clean. Speed is not asserted here (docs/benchmarks.md has the measured runs).
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class LoadSmokeTests(SystemFixture system)
{
    [Fact]
    public async Task A_short_mixed_run_with_a_backlog_and_short_stock_passes_the_audit()
    {
        var profile = new LoadProfile
        {
            Name = "smoke",
            Phases = [new LoadPhase("base", 2, 20), new LoadPhase("spike", 2, 60, RampSeconds: 0.5), new LoadPhase("after", 1, 20)],
            Mix = new OperationMix { Submit = 0.6, Status = 0.2, Tracking = 0.1, StockAdjust = 0.1 },
            Skus = new SkuSpread { Count = 6, Hot = 2, HotShare = 0.8 },
            Warehouses = 2,
            OnHandPerCell = 10,
            BackorderShare = 0.3,
            MaxLinesPerOrder = 2,
            Bursts = [new ChannelBurst(1, 30, "jd")],
            MaxInFlight = 64,
        };
        var catalog = new LoadCatalog(profile);
        await catalog.Setup(system.Http, CancellationToken.None);
        var target = new HttpTarget(system.Http, ownsClient: false);

        var run = await new LoadEngine(target, profile, catalog).Run(TimeSpan.FromSeconds(30), CancellationToken.None);
        var audit = await new LoadAudit(system.Database.ConnectionString, target).Run(catalog, run.Orders, CancellationToken.None);
        var report = LoadReport.From(profile, target.Kind, catalog, run, audit);

        Assert.True(audit.Passed, report.Summary());
        Assert.Equal(0, run.Unanswered);
        Assert.Contains(run.Orders.Values, o => o.Accepted && !o.Backordered);
        Assert.Contains(run.Orders.Values, o => o.Outcome.StartsWith("refused:", StringComparison.Ordinal) || o.Backordered);
        Assert.Contains("<svg", HtmlReport.Render(report), StringComparison.Ordinal);
    }
}
