using System.Globalization;
using System.Text.RegularExpressions;
using OrderActors.Domain.Geography;
using C = OrderActors.Domain.Channels.Import.OrderCsvColumns;

namespace OrderActors.Domain.Channels.Import;

/// <summary>
/// One data row of an import file, each cell read and checked on its own. Cells are trimmed. A cell
/// that does not read leaves its value unset and adds an error naming the column; the row is still
/// read to the end so the file's author sees every problem of the line at once.
/// </summary>
internal sealed partial class OrderCsvRow
{
    // Mirrors the grain keys' code rule (grain-interfaces Keys/Codes): the domain cannot see it, a cluster test keeps them equal.
    internal const int MaxCodeLength = 64;
    internal const int MaxTextLength = 200;
    internal const int MaxAddressLength = 500;

    private readonly Dictionary<string, string> _cells = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _comparable = new(StringComparer.Ordinal);

    private bool _cellsRead;

    private OrderCsvRow(int line) => Line = line;

    public int Line { get; }

    /// <summary>The platform order id when the cell holds a valid one; rows are grouped into orders by it.</summary>
    public string? PlatformOrderId { get; private set; }

    public List<ImportError> Errors { get; } = [];

    public bool IsValid => Errors.Count == 0;

    public string? Sku { get; private set; }

    public int Quantity { get; private set; }

    public long UnitPriceFen { get; private set; }

    public PlatformOrderState State { get; private set; }

    public string RawStatus { get; private set; } = string.Empty;

    public DateTimeOffset ModifiedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public CsvReceiver? Receiver { get; private set; }

    /// <summary>The trimmed cell of a column, empty when the column is absent or the cell is empty.</summary>
    public string Cell(string column) => _cells.GetValueOrDefault(column, string.Empty);

    /// <summary>
    /// The value of an order-level cell in a form where equal means the same order data (times compare
    /// as instants, so "2026-11-11 10:00:00" and "2026-11-11T10:00:00+08:00" agree); null when the cell
    /// did not read, so a cell that is wrong on its own is not also reported as disagreeing.
    /// </summary>
    public string? Comparable(string column) =>
        !_cellsRead || Errors.Any(e => e.Column == column) ? null : _comparable.GetValueOrDefault(column, Cell(column));

    public static OrderCsvRow Read(CsvRecord record, IReadOnlyDictionary<string, int> columns, int headerWidth, ImportStatusMap statuses)
    {
        var row = new OrderCsvRow(record.Line);
        foreach (var (column, index) in columns)
        {
            if (index < record.Fields.Length)
            {
                row._cells[column] = record.Fields[index].Trim();
            }
        }

        row.ReadPlatformOrderId();
        if (record.Fields.Length != headerWidth)
        {
            // A missing or extra comma moves every later cell, so the cells of this row cannot be trusted.
            row.Error(null, ImportErrorCode.FieldCount,
                $"the line has {record.Fields.Length} cells but the header has {headerWidth} columns (a comma inside a cell needs the cell in quotes)");
            return row;
        }

        row.ReadLine();
        row.ReadStatus(statuses);
        row.ReadTimes();
        row.ReadReceiver();
        row._cellsRead = true;
        return row;
    }

    private void ReadPlatformOrderId()
    {
        var id = Required(C.PlatformOrderId);
        if (id is null)
        {
            return;
        }

        if (IsCode(id))
        {
            PlatformOrderId = id;
        }
        else if (ScientificNotation().IsMatch(id))
        {
            Error(C.PlatformOrderId, ImportErrorCode.Invalid,
                $"'{id}' is a number a spreadsheet rewrote in scientific notation, and the id's digits are lost; export again with the column formatted as text");
        }
        else
        {
            Error(C.PlatformOrderId, ImportErrorCode.Invalid,
                $"'{Shorten(id)}' is not a platform order id: 1-{MaxCodeLength} letters, digits, '.', '-' or '_'");
        }
    }

    private void ReadLine()
    {
        if (Required(C.Sku) is { } sku)
        {
            if (IsCode(sku))
            {
                Sku = sku;
            }
            else
            {
                Error(C.Sku, ImportErrorCode.Invalid, $"'{Shorten(sku)}' is not a SKU: 1-{MaxCodeLength} letters, digits, '.', '-' or '_'");
            }
        }

        if (Required(C.Quantity) is { } quantity)
        {
            if (quantity.All(char.IsAsciiDigit) && quantity.Length <= 9 && int.Parse(quantity, CultureInfo.InvariantCulture) is >= 1 and <= OrderCsvImport.MaxQuantityPerLine)
            {
                Quantity = int.Parse(quantity, CultureInfo.InvariantCulture);
            }
            else
            {
                Error(C.Quantity, ImportErrorCode.Invalid, $"'{Shorten(quantity)}' is not a quantity: a whole number from 1 to {OrderCsvImport.MaxQuantityPerLine}");
            }
        }

        if (Required(C.UnitPrice) is { } price)
        {
            if (YuanAmount.TryParseFen(price, out var fen))
            {
                UnitPriceFen = fen;
            }
            else
            {
                Error(C.UnitPrice, ImportErrorCode.Invalid,
                    $"'{Shorten(price)}' is not a price: yuan with at most two decimals and no currency sign or thousands separator, e.g. 33.00");
            }
        }
    }

    private void ReadStatus(ImportStatusMap statuses)
    {
        var code = Required(C.Status);
        var refundCode = Cell(C.RefundStatus);
        var refund = statuses.MapRefund(refundCode);
        if (!refund.IsKnown)
        {
            Error(C.RefundStatus, ImportErrorCode.UnknownStatus, statuses.HasRefundStatus
                ? $"'{Shorten(refundCode)}' is not a {statuses.Channel} refund status; known: {string.Join(", ", statuses.RefundCodes)} (or empty)"
                : $"{statuses.Channel} files carry no refund status; leave the cell empty ('{Shorten(refundCode)}' given)");
        }

        if (code is null)
        {
            return;
        }

        var status = statuses.MapStatus(code);
        if (!status.IsKnown)
        {
            Error(C.Status, ImportErrorCode.UnknownStatus,
                $"'{Shorten(code)}' is not a {statuses.StatusName} code; known: {string.Join(", ", statuses.StatusCodes)}");
            return;
        }

        State = PlatformStatusRules.Effective(status, refund);
        RawStatus = refundCode.Length == 0 ? status.RawCode : $"{status.RawCode}/{refund.RawCode}";
    }

    private void ReadTimes()
    {
        var modified = Time(C.ModifiedAt, required: true);
        var created = Time(C.CreatedAt, required: true);
        var paid = Time(C.PaidAt, required: false);
        if (modified is { } m && created is { } c && m < c)
        {
            Error(C.ModifiedAt, ImportErrorCode.Invalid, $"modified_at {Cell(C.ModifiedAt)} is before created_at {Cell(C.CreatedAt)}");
        }

        if (paid is { } p && created is { } c2 && p < c2)
        {
            Error(C.PaidAt, ImportErrorCode.Invalid, $"paid_at {Cell(C.PaidAt)} is before created_at {Cell(C.CreatedAt)}");
        }

        (ModifiedAt, CreatedAt, PaidAt) = (modified ?? default, created ?? default, paid);
    }

    private DateTimeOffset? Time(string column, bool required)
    {
        var text = required ? Required(column) : NullIfEmpty(Cell(column));
        if (text is null)
        {
            return null;
        }

        if (!ImportTime.TryParse(text, out var instant))
        {
            Error(column, ImportErrorCode.Invalid, $"'{Shorten(text)}' is not a time: {ImportTime.Accepted}");
            return null;
        }

        _comparable[column] = instant.UtcTicks.ToString(CultureInfo.InvariantCulture);
        return instant;
    }

    private void ReadReceiver()
    {
        var name = Text(C.ReceiverName, MaxTextLength, required: true);
        var phone = Text(C.ReceiverPhone, MaxTextLength, required: true);
        var province = Text(C.Province, MaxTextLength, required: true);
        var city = Text(C.City, MaxTextLength, required: true);
        var district = Text(C.District, MaxTextLength, required: false);
        var address = Text(C.Address, MaxAddressLength, required: true);
        if (province is null || city is null)
        {
            return;
        }

        if (!Provinces.TryResolve(province, out var resolved))
        {
            Error(C.Province, ImportErrorCode.UnresolvableAddress,
                $"province '{Shorten(province)}' is not a province-level division of mainland China (GB/T 2260 code, Chinese or pinyin name)");
            return;
        }

        if (!Regions.TryResolveCity(resolved, city, out _))
        {
            Error(C.City, ImportErrorCode.UnresolvableAddress, $"city '{Shorten(city)}' is not a city of {resolved.Name} (GB/T 2260 code or Chinese name)");
            return;
        }

        if (name is not null && phone is not null && address is not null)
        {
            Receiver = new CsvReceiver(name, phone, province, city, district, address);
        }
    }

    private string? Text(string column, int maxLength, bool required)
    {
        var text = required ? Required(column) : NullIfEmpty(Cell(column));
        if (text is not null && text.Length > maxLength)
        {
            Error(column, ImportErrorCode.Invalid, $"longer than {maxLength} characters");
            return null;
        }

        return text;
    }

    private string? Required(string column)
    {
        var text = Cell(column);
        if (text.Length == 0)
        {
            Error(column, ImportErrorCode.Missing, $"{column} is required");
            return null;
        }

        return text;
    }

    public void Error(string? column, ImportErrorCode code, string message) =>
        Errors.Add(new ImportError(Line, column, code, message, PlatformOrderId));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    private static bool IsCode(string value) =>
        value.Length is > 0 and <= MaxCodeLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    [GeneratedRegex(@"^[0-9](\.[0-9]+)?E\+[0-9]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScientificNotation();
}
