using Microsoft.Extensions.DependencyInjection;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using OrderActors.Domain.Channels.Import;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Channels.Import;

/// <summary>
/// One import file for one shop. Reads it through the domain, applies each valid order to its order
/// grain (dedup and newer-wins are the order's), then writes the report before answering: a repeat of
/// the file answers the stored report and applies nothing, and an import cut short stores nothing, so
/// posting the file again applies it all again, which the order grains make harmless.
/// </summary>
internal sealed partial class OrderImportGrain(
    [PersistentState("import", OrleansNames.GrainStorage)] IPersistentState<OrderImportState> state,
    [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time,
    ILogger<OrderImportGrain> logger) : Grain, IOrderImportGrain
{
    // Order grains are independent; a few in flight at once keep a large file well inside the call's timeout.
    private const int Parallelism = 8;

    async Task<ImportReport> IOrderImportGrain.Import(string csv, string? actor)
    {
        ArgumentNullException.ThrowIfNull(csv);
        if (!OrderImportKey.TryParse(this.GetPrimaryKeyString(), out var parsedKey))
        {
            throw new InvalidOperationException($"'{this.GetPrimaryKeyString()}' is not an import key ({{channel}}:{{shop}}:{{sha256}}).");
        }

        var key = parsedKey.Value;
        if (!string.Equals(OrderImportKey.HashOf(csv), key.ContentSha256, StringComparison.Ordinal))
        {
            throw new ArgumentException("The file's SHA-256 is not the one in the import's key.", nameof(csv));
        }

        if (state.State.Report is { } stored)
        {
            return stored with { Repeat = true };
        }

        var statuses = ImportStatusMap.ForChannel(key.Channel.Code())
            ?? throw new InvalidOperationException($"Channel '{key.Channel.Code()}' has no import status table.");
        var file = OrderCsvImport.Parse(csv, statuses);
        var report = new ImportReport(
            key.Channel.Code(), key.Shop, key.ContentSha256, file.Rows, file.Orders, 0, 0, 0, 0, 0, file.InvalidOrders,
            [.. file.LineErrors.Select(e => e.ToContract())], time.GetUtcNow(), actor, false, [.. file.FileErrors.Select(e => e.ToContract())]);
        if (file.IsRefused)
        {
            LogRefused(this.GetPrimaryKeyString(), file.FileErrors[0].Message);
            return report;
        }

        var outcomes = await Apply(key, file.ValidOrders);
        report = Count(report, file.ValidOrders, outcomes);
        state.State.Report = report;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Not durable, so not a report: the next post of the file must apply it again, on a fresh activation.
            state.State.Report = null;
            DeactivateOnIdle();
            throw;
        }

        LogImported(this.GetPrimaryKeyString(), report.Orders, report.Created, report.Updated, report.Unchanged, report.Ignored, report.Rejected, report.Invalid);
        return report;
    }

    Task<ImportReport?> IOrderImportGrain.GetReport() => Task.FromResult(state.State.Report);

    private async Task<PlatformUpdateResult[]> Apply(OrderImportKey key, ImmutableArray<CsvOrder> orders)
    {
        // The tasks run on this activation's scheduler; only the order grain calls overlap.
        using var gate = new SemaphoreSlim(Parallelism);
        return await Task.WhenAll(orders.Select(async order =>
        {
            await gate.WaitAsync();
            try
            {
                var id = new OrderId(key.Channel, key.Shop, order.PlatformOrderId).ToString();
                return await GrainFactory.GetGrain<IOrderGrain>(id).ApplyPlatformUpdate(order.ToUpdate());
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    private static ImportReport Count(ImportReport report, ImmutableArray<CsvOrder> orders, PlatformUpdateResult[] outcomes)
    {
        var rejected = new List<ImportLineError>();
        for (var i = 0; i < orders.Length; i++)
        {
            if (outcomes[i].Outcome == PlatformUpdateOutcome.Rejected)
            {
                var order = orders[i];
                rejected.AddRange(order.SourceLines.Select(line => new ImportLineError(
                    line, null, "Rejected", $"order {order.PlatformOrderId} was not imported: {outcomes[i].Detail ?? "rejected by the order"}", order.PlatformOrderId)));
            }
        }

        int Of(PlatformUpdateOutcome outcome) => outcomes.Count(o => o.Outcome == outcome);
        return report with
        {
            Created = Of(PlatformUpdateOutcome.Created),
            Updated = Of(PlatformUpdateOutcome.Updated),
            Unchanged = Of(PlatformUpdateOutcome.Unchanged),
            Ignored = Of(PlatformUpdateOutcome.Ignored),
            Rejected = Of(PlatformUpdateOutcome.Rejected),
            Errors = [.. report.Errors.Concat(rejected).OrderBy(e => e.Line)],
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {Import}: refused ({Reason})")]
    private partial void LogRefused(string import, string reason);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Import {Import}: {Orders} orders, {Created} created, {Updated} updated, {Unchanged} unchanged, {Ignored} ignored, {Rejected} rejected, {Invalid} invalid")]
    private partial void LogImported(string import, int orders, int created, int updated, int unchanged, int ignored, int rejected, int invalid);
}
