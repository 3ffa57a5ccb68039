using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using OrderActors.GrainInterfaces.Carriers;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Tracking;

namespace OrderActors.ClientApi.Tracking;

/// <summary>The tracking page: one self-contained HTML document (inline CSS, no script, no external resource), times in China time.</summary>
internal static class TrackingPage
{
    /// <summary>China Standard Time: UTC+8 all year (no daylight saving), so no time-zone database is needed.</summary>
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    /// <summary>Escapes markup but leaves Chinese text readable (the default encoder turns every CJK character into an entity).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(PublicTracking t)
    {
        var html = new StringBuilder(4096);
        html.Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
            .Append("<meta name=\"robots\" content=\"noindex\"><title>物流跟踪</title><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem;color:#222}")
            .Append("h1{font-size:1.3rem}h2{font-size:1.05rem;margin-top:1.5rem}ol{list-style:none;padding:0}")
            .Append("li{border-left:3px solid #2a7;padding:.2rem .8rem;margin:.4rem 0}time{color:#666;font-size:.9rem;display:block}")
            .Append("dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem 1rem}dt{color:#666}")
            .Append("</style></head><body>");
        html.Append("<h1>").Append(Enc(Status(t.Status))).Append("</h1><dl>");
        Row(html, "目的城市", t.DestinationCity);
        Row(html, "收件电话", t.MaskedPhone);
        Row(html, "承运商", t.Carrier);
        Row(html, "运单号", t.WaybillNumber);
        html.Append("</dl><h2>订单进度</h2><ol>");
        foreach (var step in t.Steps)
        {
            html.Append("<li>").Append(Enc(Status(step.Status))).Append(Time(step.At)).Append("</li>");
        }

        html.Append("</ol>");
        if (!t.CarrierEvents.IsDefaultOrEmpty)
        {
            html.Append("<h2>物流详情</h2><ol>");
            foreach (var e in t.CarrierEvents.Reverse())
            {
                html.Append("<li>").Append(Enc(Parcel(e.State)));
                if (!string.IsNullOrEmpty(e.City))
                {
                    html.Append(" · ").Append(Enc(e.City));
                }

                if (!string.IsNullOrEmpty(e.Description))
                {
                    html.Append("<br>").Append(Enc(e.Description));
                }

                html.Append(Time(e.At)).Append("</li>");
            }

            html.Append("</ol>");
        }

        return html.Append("<p><small>时间为北京时间 (UTC+8)</small></p></body></html>").ToString();
    }

    private static void Row(StringBuilder html, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            html.Append("<dt>").Append(label).Append("</dt><dd>").Append(Enc(value)).Append("</dd>");
        }
    }

    private static string Time(DateTimeOffset at) =>
        $"<time datetime=\"{at.ToUniversalTime():yyyy-MM-ddTHH:mm:ssZ}\">{at.ToOffset(ChinaTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}</time>";

    private static string Enc(string value) => Encoder.Encode(value);

    private static string Status(OrderStatus status) => status switch
    {
        OrderStatus.Created => "已下单",
        OrderStatus.Paid => "已支付",
        OrderStatus.Allocated => "已配货",
        OrderStatus.Outbound => "已出库",
        OrderStatus.Shipped => "已发货",
        OrderStatus.Delivered => "已签收",
        OrderStatus.Completed => "已完成",
        OrderStatus.Cancelled => "已取消",
        _ => status.ToString(),
    };

    private static string Parcel(ParcelState state) => state switch
    {
        ParcelState.LabelCreated => "已揽件下单",
        ParcelState.PickedUp => "已揽收",
        ParcelState.InTransit => "运输中",
        ParcelState.OutForDelivery => "派件中",
        ParcelState.Delivered => "已签收",
        ParcelState.Exception => "问题件",
        ParcelState.Returned => "退回",
        _ => state.ToString(),
    };
}
