using System.Collections.Frozen;

namespace OrderActors.Domain.Fulfilment;

/// <summary>
/// Our carrier codes (the warehouse's carrier: SF, ZTO, YUNDA) → the code or id each platform's ship call
/// takes. Every platform publishes its own list through an API (TOP <c>taobao.logistics.companies.get</c>,
/// JOS's delivery company list, <c>pdd.logistics.companies.get</c>, Douyin <c>/order/logisticsCompanyList</c>);
/// none of those could be read from here, so each entry says where it comes from. A carrier missing for a
/// platform is refused before any call (a permanent failure: no retry can invent the code).
/// </summary>
public static class CarrierCodes
{
    public static IReadOnlyDictionary<ShipPlatform, IReadOnlyDictionary<string, PlatformCarrierCode>> Table { get; } =
        new Dictionary<ShipPlatform, IReadOnlyDictionary<string, PlatformCarrierCode>>
        {
            // TOP company_code: upper-case short codes; the API text itself cites "POST" and "ZJS" as examples.
            [ShipPlatform.Taobao] = Codes(("SF", "SF", FactSource.Quoted), ("ZTO", "ZTO", FactSource.Quoted), ("YUNDA", "YUNDA", FactSource.Quoted)),

            // JOS logiCoprId: numeric ids. 467 for SF is in a public ERP integration's JD map; the others are ours.
            [ShipPlatform.Jd] = Codes(("SF", "467", FactSource.Quoted), ("ZTO", "1499", FactSource.Chosen), ("YUNDA", "1327", FactSource.Chosen)),

            // Pinduoduo logistics_id: numeric ids from pdd.logistics.companies.get; none confirmed here.
            [ShipPlatform.Pinduoduo] = Codes(("SF", "44", FactSource.Chosen), ("ZTO", "115", FactSource.Chosen), ("YUNDA", "121", FactSource.Chosen)),

            // Douyin company_code: pinyin codes from /order/logisticsCompanyList; not confirmed here.
            [ShipPlatform.Douyin] = Codes(("SF", "shunfeng", FactSource.Chosen), ("ZTO", "zhongtong", FactSource.Chosen), ("YUNDA", "yunda", FactSource.Chosen)),

            // Our own store protocol takes our codes as they are (docs/channels-webstore.md).
            [ShipPlatform.WebStore] = Codes(("SF", "SF", FactSource.Documented), ("ZTO", "ZTO", FactSource.Documented), ("YUNDA", "YUNDA", FactSource.Documented)),
        }.ToFrozenDictionary();

    /// <summary>The platform's code for <paramref name="carrier"/> (ours, case-insensitive), or null when the table has none.</summary>
    public static PlatformCarrierCode? For(ShipPlatform platform, string carrier)
    {
        ArgumentNullException.ThrowIfNull(carrier);
        return Table.TryGetValue(platform, out var codes) ? codes.GetValueOrDefault(carrier.Trim().ToUpperInvariant()) : null;
    }

    private static FrozenDictionary<string, PlatformCarrierCode> Codes(params (string Carrier, string Code, FactSource Source)[] entries) =>
        entries.ToFrozenDictionary(e => e.Carrier, e => new PlatformCarrierCode(e.Code, e.Source), StringComparer.Ordinal);
}
