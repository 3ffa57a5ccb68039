namespace OrderActors.Domain.Channels.Import;

/// <summary>What is wrong with an import file or one of its lines. The first group refuses the whole file.</summary>
public enum ImportErrorCode
{
    /// <summary>File: nothing but blank lines.</summary>
    Empty = 0,

    /// <summary>File: not CSV (a broken quote, binary content such as a spreadsheet workbook).</summary>
    NotCsv = 1,

    /// <summary>File: the header lacks a required column.</summary>
    MissingColumn = 2,

    /// <summary>File: the header names a column twice.</summary>
    DuplicateColumn = 3,

    /// <summary>File: a header and no order rows.</summary>
    NoRows = 4,

    /// <summary>File: over the size or row limit; split the export.</summary>
    TooLarge = 5,

    /// <summary>Line: more or fewer cells than the header has columns.</summary>
    FieldCount = 10,

    /// <summary>Line: a required cell is empty.</summary>
    Missing = 11,

    /// <summary>Line: a cell that does not read as its column's type (number, money, time, code).</summary>
    Invalid = 12,

    /// <summary>Line: a status code the channel's status table does not have (never guessed).</summary>
    UnknownStatus = 13,

    /// <summary>Line: a province or city that does not resolve.</summary>
    UnresolvableAddress = 14,

    /// <summary>Line: an order-level cell differs from the first line of the same order.</summary>
    Disagrees = 15,

    /// <summary>Line: the same SKU twice in one order.</summary>
    DuplicateSku = 16,

    /// <summary>Line: the order has more lines than an order may have.</summary>
    TooManyLines = 17,

    /// <summary>Line: valid itself, not imported because another line of the same order is invalid.</summary>
    SkippedWithOrder = 18,
}
