using System.Diagnostics.CodeAnalysis;
using OrderActors.Domain.Geography;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Orders;

/// <summary>The checks a submission passes before anything is recorded. Each failure names the field.</summary>
internal static class OrderSubmissionRules
{
    public const int MaxLines = 200;
    public const int MaxQuantityPerLine = 100_000;

    public static bool TryValidate(
        SubmitOrder order, [NotNullWhen(true)] out Province? province, out string? cityCode, [NotNullWhen(false)] out string? reason, [NotNullWhen(false)] out string? detail)
    {
        province = null;
        cityCode = null;
        (reason, detail) = Check(order);
        if (reason is not null)
        {
            detail ??= reason;
            return false;
        }

        if (!Regions.TryResolve(order.Address.Province, order.Address.City, out var region, out var error))
        {
            (reason, detail) = ("UnresolvableAddress", $"address: {error} (provinces by GB/T 2260 code, Chinese or pinyin name; cities by code or Chinese name).");
            return false;
        }

        (province, cityCode) = (region.Province, region.CityCode);
        return true;
    }

    private static (string? Reason, string? Detail) Check(SubmitOrder order)
    {
        if (order.Lines.IsDefaultOrEmpty)
        {
            return ("InvalidLines", "An order needs at least one line.");
        }

        if (order.Lines.Length > MaxLines)
        {
            return ("InvalidLines", $"An order has at most {MaxLines} lines.");
        }

        for (var i = 0; i < order.Lines.Length; i++)
        {
            var line = order.Lines[i];
            if (!Codes.IsValidSku(line.Sku))
            {
                return ("InvalidLines", $"lines[{i}].sku must be 1-{Codes.MaxSkuLength} letters, digits, '.', '-' or '_'.");
            }

            if (line.Quantity is <= 0 or > MaxQuantityPerLine)
            {
                return ("InvalidQuantity", $"lines[{i}].quantity must be between 1 and {MaxQuantityPerLine}.");
            }

            if (line.UnitPriceFen < 0)
            {
                return ("InvalidPrice", $"lines[{i}].unitPriceFen must not be negative.");
            }
        }

        var a = order.Address;
        if (a is null || string.IsNullOrWhiteSpace(a.Recipient) || string.IsNullOrWhiteSpace(a.Phone)
            || string.IsNullOrWhiteSpace(a.Province) || string.IsNullOrWhiteSpace(a.City) || string.IsNullOrWhiteSpace(a.Detail))
        {
            return ("MissingAddress", "address needs recipient, phone, province, city and detail.");
        }

        return (null, null);
    }
}
