namespace OrderActors.Domain.Returns;

/// <summary>
/// QC gives every returned unit a verdict: per SKU, passed + failed equals the units returned, no SKU left
/// out and none added. Which trigger the verdict is (all passed, some, none) follows from the totals.
/// </summary>
public static class InspectionRules
{
    public static ReturnCheck Check(IReadOnlyList<ReturnUnits> returned, IReadOnlyList<InspectedUnits> inspected)
    {
        if (inspected.FirstOrDefault(l => l.Passed < 0 || l.Failed < 0) is { Sku: not null } negative)
        {
            return ReturnCheck.Refuse(ReturnRejection.QuantityMismatch, $"SKU {negative.Sku}: passed and failed units cannot be negative.");
        }

        var repeated = inspected.GroupBy(l => l.Sku, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            return ReturnCheck.Refuse(ReturnRejection.QuantityMismatch, $"SKU {repeated.Key} is on more than one QC line.");
        }

        var verdicts = inspected.ToDictionary(l => l.Sku, StringComparer.Ordinal);
        if (inspected.FirstOrDefault(l => !returned.Any(r => r.Sku == l.Sku)) is { Sku: not null } extra)
        {
            return ReturnCheck.Refuse(ReturnRejection.QuantityMismatch, $"SKU {extra.Sku} is not in this return.");
        }

        foreach (var line in returned)
        {
            var verdict = verdicts.GetValueOrDefault(line.Sku);
            if (verdict.Passed + verdict.Failed != line.Quantity)
            {
                return ReturnCheck.Refuse(ReturnRejection.QuantityMismatch,
                    $"SKU {line.Sku}: {line.Quantity} returned, QC gives {verdict.Passed} passed + {verdict.Failed} failed; every unit needs one verdict.");
            }
        }

        return ReturnCheck.Ok;
    }

    /// <summary>The same verdict, whatever the order of its lines and whether zero lines are given.</summary>
    public static bool SameVerdict(IReadOnlyList<InspectedUnits> a, IReadOnlyList<InspectedUnits> b) =>
        Normalize(a).SequenceEqual(Normalize(b));

    private static IEnumerable<InspectedUnits> Normalize(IEnumerable<InspectedUnits> lines) =>
        lines.Where(l => l.Passed + l.Failed > 0).OrderBy(l => l.Sku, StringComparer.Ordinal);
}
