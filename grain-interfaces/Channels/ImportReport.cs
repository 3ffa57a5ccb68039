using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Channels;

/// <summary>
/// What importing one file did. When <see cref="FileErrors"/> is not empty the file was refused as a
/// whole and nothing was applied. Otherwise every order in the file is counted exactly once:
/// <c>Orders = Created + Updated + Unchanged + Ignored + Rejected + Invalid</c>.
/// </summary>
/// <param name="ContentSha256">SHA-256 of the file as posted (lowercase hex): <c>sha256sum file.csv</c>.</param>
/// <param name="Rows">Data rows in the file (blank lines are not rows).</param>
/// <param name="Orders">Distinct orders in the file (rows sharing a platform order id); a row without a usable id counts as one.</param>
/// <param name="Created">Paid orders seen for the first time: recorded, stock reserved.</param>
/// <param name="Updated">Orders that existed and that a newer platform version changed (e.g. cancelled on the platform).</param>
/// <param name="Unchanged">Orders whose platform version in the file is not newer than what the order holds.</param>
/// <param name="Ignored">Orders not recorded because they are not paid (awaiting payment, closed before payment).</param>
/// <param name="Rejected">Valid orders the order grain refused (unknown SKU, address); each line is in <see cref="Errors"/>.</param>
/// <param name="Invalid">Orders not applied because at least one of their lines is invalid; every line is in <see cref="Errors"/>.</param>
/// <param name="Errors">Per-line errors, by line.</param>
/// <param name="ImportedAt">When the file was imported (the first time, for a repeat).</param>
/// <param name="Repeat">This file was imported before: this is the stored report and nothing was applied now.</param>
/// <param name="FileErrors">Why the whole file was refused; empty when it was imported.</param>
[GenerateSerializer, Immutable, Alias("oa.ImportReport")]
public sealed record ImportReport(
    [property: Id(0)] string Channel,
    [property: Id(1)] string Shop,
    [property: Id(2)] string ContentSha256,
    [property: Id(3)] int Rows,
    [property: Id(4)] int Orders,
    [property: Id(5)] int Created,
    [property: Id(6)] int Updated,
    [property: Id(7)] int Unchanged,
    [property: Id(8)] int Ignored,
    [property: Id(9)] int Rejected,
    [property: Id(10)] int Invalid,
    [property: Id(11)] ImmutableArray<ImportLineError> Errors,
    [property: Id(12)] DateTimeOffset ImportedAt,
    [property: Id(13)] string? Actor,
    [property: Id(14)] bool Repeat,
    [property: Id(15)] ImmutableArray<ImportLineError> FileErrors);
