using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Orders;

/// <summary>
/// A hash of what makes two submits "the same order": lines, address, whether it is paid and the
/// shortfall policy. The payment time is left out because a client may let the server stamp it.
/// </summary>
internal static class OrderFingerprint
{
    public static string Of(SubmitOrder order)
    {
        var text = new StringBuilder();
        foreach (var line in order.Lines)
        {
            text.Append(CultureInfo.InvariantCulture, $"{line.Sku}\u001f{line.Quantity}\u001f{line.UnitPriceFen}\u001e");
        }

        var a = order.Address;
        text.Append(CultureInfo.InvariantCulture, $"{a.Recipient}\u001f{a.Phone}\u001f{a.Province}\u001f{a.City}\u001f{a.District}\u001f{a.Detail}\u001e");
        text.Append(CultureInfo.InvariantCulture, $"{order.PaidAt.HasValue}\u001f{order.OnShortfall}");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
