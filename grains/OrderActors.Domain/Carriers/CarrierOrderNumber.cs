using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace OrderActors.Domain.Carriers;

/// <summary>
/// The customer order number an order's waybill request carries, which makes the request idempotent: the
/// carrier sees the same number on every retry. Yunda allows only letters, digits and '_' (documented), SF up
/// to 64 characters, so an order id that does not fit <c>[A-Za-z0-9_]{1,50}</c> (marketplace ids contain ':')
/// becomes "OA" + 32 hex characters of its SHA-256: the same for every carrier and every retry.
/// </summary>
public static partial class CarrierOrderNumber
{
    public static string For(string orderId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        return Plain().IsMatch(orderId)
            ? orderId
            : "OA" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(orderId)))[..32];
    }

    [GeneratedRegex("^[A-Za-z0-9_]{1,50}$")]
    private static partial Regex Plain();
}
