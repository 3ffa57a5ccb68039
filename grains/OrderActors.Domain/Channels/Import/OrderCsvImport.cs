using System.Collections.Immutable;
using System.Text;

namespace OrderActors.Domain.Channels.Import;

/// <summary>
/// Reads an order import file (the template in docs/csv-import.md) into the orders it holds. The file
/// as a whole is refused when it cannot be read as the template (not CSV, empty, a required column
/// missing, too large). Otherwise each order is decided on its own, all or nothing: an order with any
/// invalid line is not imported at all, and each of its lines is reported (its valid lines as skipped
/// because of the first invalid one), so nothing is ever half-applied.
/// </summary>
public static class OrderCsvImport
{
    /// <summary>The largest file read: 10 MiB of UTF-8 (the API refuses larger bodies before reading them).</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>Data rows per file; a larger export is split, which keeps one import within minutes.</summary>
    public const int MaxRows = 20_000;

    // The same bounds as an order submitted through the API (the order grain's submission rules).
    public const int MaxLinesPerOrder = 200;
    public const int MaxQuantityPerLine = 100_000;

    public static OrderCsvParse Parse(string text, ImportStatusMap statuses)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(statuses);
        if (Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            return Refuse(0, null, ImportErrorCode.TooLarge, $"the file is larger than {MaxBytes / (1024 * 1024)} MiB; split the export into smaller files");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return Refuse(0, null, ImportErrorCode.NotCsv, "the file holds binary data, not CSV text (a spreadsheet workbook such as .xlsx?); save or export it as CSV in UTF-8");
        }

        if (!CsvReader.TryRead(text, out var all, out var syntax))
        {
            return Refuse(syntax.Line, null, ImportErrorCode.NotCsv, $"not valid CSV: {syntax.Message}");
        }

        var records = all.Where(r => !r.IsBlank).ToList();
        if (records.Count == 0)
        {
            return Refuse(0, null, ImportErrorCode.Empty, "the file is empty; it needs a header line and one line per order line");
        }

        var header = records[0];
        var (columns, headerErrors) = ReadHeader(header);
        if (headerErrors.Count > 0)
        {
            return OrderCsvParse.Refused(headerErrors);
        }

        var data = records.Skip(1).ToList();
        if (data.Count == 0)
        {
            return Refuse(header.Line, null, ImportErrorCode.NoRows, "the file has a header but no order lines");
        }

        if (data.Count > MaxRows)
        {
            return Refuse(header.Line, null, ImportErrorCode.TooLarge, $"the file has {data.Count} rows; at most {MaxRows} are imported at once, so split the export");
        }

        var rows = data.Select(r => OrderCsvRow.Read(r, columns, header.Fields.Length, statuses)).ToList();
        var orders = new List<CsvOrder>();
        var invalid = 0;
        var groups = rows.GroupBy(r => r.PlatformOrderId ?? $"\0{r.Line}", StringComparer.Ordinal).ToList();
        foreach (var group in groups)
        {
            var lines = group.ToList();
            CheckOrder(lines);
            if (lines.All(r => r.IsValid))
            {
                orders.Add(ToOrder(lines));
                continue;
            }

            invalid++;
            var firstBad = lines.First(r => !r.IsValid).Line;
            foreach (var row in lines.Where(r => r.IsValid))
            {
                row.Error(null, ImportErrorCode.SkippedWithOrder, $"not imported because line {firstBad} of the same order is invalid");
            }
        }

        var order = columns.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var errors = rows.SelectMany(r => r.Errors)
            .OrderBy(e => e.Line)
            .ThenBy(e => e.Column is null ? int.MaxValue : order[e.Column]);
        return new OrderCsvParse([], rows.Count, groups.Count, invalid, [.. orders], [.. errors]);
    }

    private static (Dictionary<string, int> Columns, List<ImportError> Errors) ReadHeader(CsvRecord header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<ImportError>();
        for (var i = 0; i < header.Fields.Length; i++)
        {
            var name = header.Fields[i].Trim().ToLowerInvariant();
            if (!OrderCsvColumns.All.Contains(name))
            {
                continue;
            }

            if (!columns.TryAdd(name, i))
            {
                errors.Add(new ImportError(header.Line, name, ImportErrorCode.DuplicateColumn, $"the header names column '{name}' twice (columns {columns[name] + 1} and {i + 1})"));
            }
        }

        foreach (var missing in OrderCsvColumns.Required.Where(c => !columns.ContainsKey(c)))
        {
            errors.Add(new ImportError(header.Line, missing, ImportErrorCode.MissingColumn,
                $"the header has no '{missing}' column; required: {string.Join(", ", OrderCsvColumns.Required)}"));
        }

        return (columns, errors);
    }

    /// <summary>Rules across the lines of one order: order-level cells agree with its first line, each SKU once, a bounded number of lines.</summary>
    private static void CheckOrder(List<OrderCsvRow> lines)
    {
        var first = lines[0];
        foreach (var row in lines.Skip(1))
        {
            foreach (var column in OrderCsvColumns.OrderLevel)
            {
                var mine = row.Comparable(column);
                var theirs = first.Comparable(column);
                if (mine is not null && theirs is not null && !string.Equals(mine, theirs, StringComparison.Ordinal))
                {
                    row.Error(column, ImportErrorCode.Disagrees,
                        $"differs from line {first.Line} of the same order ('{row.Cell(column)}' here, '{first.Cell(column)}' there); every line of an order carries the same {column}");
                }
            }
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in lines.Where(r => r.Sku is not null))
        {
            if (!seen.TryAdd(row.Sku!, row.Line))
            {
                row.Error(OrderCsvColumns.Sku, ImportErrorCode.DuplicateSku,
                    $"SKU {row.Sku} is on line {seen[row.Sku!]} of the same order already; put the total quantity on one line");
            }
        }

        foreach (var row in lines.Skip(MaxLinesPerOrder))
        {
            row.Error(null, ImportErrorCode.TooManyLines, $"the order has {lines.Count} lines; an order has at most {MaxLinesPerOrder}");
        }
    }

    private static CsvOrder ToOrder(List<OrderCsvRow> lines)
    {
        var first = lines[0];
        return new CsvOrder(
            first.PlatformOrderId!,
            first.State,
            first.RawStatus,
            first.ModifiedAt,
            first.CreatedAt,
            first.PaidAt,
            first.Receiver!,
            [.. lines.Select(r => new CsvOrderLine(r.Line, r.Sku!, r.Quantity, r.UnitPriceFen))]);
    }

    private static OrderCsvParse Refuse(int line, string? column, ImportErrorCode code, string message) =>
        OrderCsvParse.Refused([new ImportError(line, column, code, message)]);
}
