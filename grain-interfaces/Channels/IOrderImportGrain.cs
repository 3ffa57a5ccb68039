namespace OrderActors.GrainInterfaces.Channels;

/// <summary>
/// One import of a marketplace back-office export (CSV, docs/csv-import.md) into one shop, keyed
/// <c>{channel}:{shop}:{sha256}</c> by the file's content (see <see cref="Keys.OrderImportKey"/>), so
/// the same file posted again reaches the same grain. Each valid order is applied as a platform
/// update to its order grain (<c>{channel}:{shop}:{platformOrderId}</c>), which deduplicates and keeps
/// the newer platform version; an order with any invalid line is not applied at all.
/// </summary>
public interface IOrderImportGrain : IGrainWithStringKey
{
    /// <summary>
    /// Imports <paramref name="csv"/> (the decoded file; its SHA-256 must be the key's) and answers once
    /// the report is durable. A file refused as a whole (see <see cref="ImportReport.FileErrors"/>)
    /// applies nothing and is not stored. A file imported before answers its stored report with
    /// <see cref="ImportReport.Repeat"/> set and applies nothing. If the import stops midway (a silo
    /// lost), nothing is stored and posting the file again completes it: order updates are idempotent.
    /// </summary>
    /// <param name="actor">Who imported it, for the report; optional.</param>
    [ResponseTimeout("00:10:00")] // a full file is up to 20,000 rows, each applied to its order grain
    Task<ImportReport> Import(string csv, string? actor);

    /// <summary>The stored report, or null when this file was never imported.</summary>
    Task<ImportReport?> GetReport();
}
