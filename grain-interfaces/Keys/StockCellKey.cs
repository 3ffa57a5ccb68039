using System.Diagnostics.CodeAnalysis;

namespace OrderActors.GrainInterfaces.Keys;

/// <summary>The key of a stock cell: <c>{sku}@{warehouse}</c>.</summary>
public readonly record struct StockCellKey(string Sku, string Warehouse)
{
    public override string ToString() => $"{Sku}@{Warehouse}";

    public static bool TryParse(string? value, [NotNullWhen(true)] out StockCellKey? key)
    {
        key = null;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1)
        {
            return false;
        }

        var sku = value[..at];
        var warehouse = value[(at + 1)..];
        if (!Codes.IsValidSku(sku) || !Codes.IsValidWarehouse(warehouse))
        {
            return false;
        }

        key = new StockCellKey(sku, warehouse);
        return true;
    }

    public static StockCellKey Parse(string value) =>
        TryParse(value, out var key) ? key.Value : throw new FormatException($"'{value}' is not a stock cell key of the form sku@warehouse.");
}
