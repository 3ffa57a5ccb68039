namespace OrderActors.Grains.Carriers;

/// <summary>
/// The seller's account on one carrier's open platform, from <c>OrderActors:Carriers:{Sf|Zto|Yunda}</c>.
/// <c>Secret</c> (and <c>CustomerSecret</c>) come from the environment, e.g. <c>OrderActors__Carriers__Sf__Secret</c>.
/// </summary>
public sealed class CarrierAccountOptions
{
    /// <summary>The carrier's gateway: SF's <c>…/std/service</c> URL; ZTO's base to which the method name is appended; Yunda's host.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>SF <c>partnerID</c> (顾客编码); ZTO app key; Yunda <c>app-key</c>.</summary>
    public string? AppKey { get; set; }

    /// <summary>SF check word (校验码); ZTO app secret; Yunda app secret.</summary>
    public string? Secret { get; set; }

    /// <summary>SF monthly card (月结卡号); ZTO e-waybill account id; Yunda partner id (客户编号).</summary>
    public string? CustomerCode { get; set; }

    /// <summary>ZTO e-waybill account password; Yunda partner secret. From the environment.</summary>
    public string? CustomerSecret { get; set; }

    public bool IsConfigured => BaseUrl is not null && !string.IsNullOrWhiteSpace(AppKey) && !string.IsNullOrWhiteSpace(Secret);
}
