using System.Globalization;

namespace OrderActors.Simulators.Carriers;

/// <summary>
/// The three carriers' waybills and scans, in memory. Waybill numbers are deterministic per carrier (a
/// sequence in each carrier's format) and one customer order number always gets the same waybill.
/// </summary>
public sealed class CarrierSimulatorState : SimulatorState
{
    public const string Sf = "SF";
    public const string Zto = "ZTO";
    public const string Yunda = "YUNDA";

    /// <summary>Each carrier's own codes for the autopilot's four steps, and the remark and city it writes.</summary>
    private static readonly Dictionary<string, (string Code, string City, string Remark)[]> Steps = new(StringComparer.Ordinal)
    {
        [Sf] = [("50", "杭州市", "顺丰速运 已收取快件"), ("30", "杭州市", "快件已发车，发往上海"), ("44", "上海市", "快件交给王师傅(13800138000)，正在派送途中"), ("80", "上海市", "已签收，签收人：本人")],
        [Zto] = [("收件", "杭州市", "快件已被揽收"), ("发件", "杭州市", "快件已发往上海中转部"), ("派件", "上海市", "快件已交给李师傅 13900139000，正在派件"), ("签收", "上海市", "快件已签收")],
        [Yunda] = [("GOT", "杭州市", "已揽收"), ("TRANSIT", "杭州市", "运输中，发往上海分拨中心"), ("DELIVERY", "上海市", "派送中，派件员 137-0013-7000"), ("SIGNED", "上海市", "已签收")],
    };

    private readonly Dictionary<string, SimParcel> _byWaybill = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Carrier, string OrderNumber), string> _byOrder = [];
    private readonly Dictionary<string, long> _sequences = new(StringComparer.Ordinal);

    public CarrierSimulatorState(CarrierSimulatorOptions options, TimeProvider time)
        : base(options, time)
    {
        Options = options;
        AddApp(options.SfPartnerId, options.SfCheckWord);
        AddApp(options.ZtoAppKey, options.ZtoAppSecret);
        AddApp(options.YundaAppKey, options.YundaAppSecret);
    }

    public CarrierSimulatorOptions Options { get; }

    /// <summary>The waybill for the order number, issuing one the first time; Created says which.</summary>
    public (SimParcel Parcel, bool Created) Issue(string carrier, string orderNumber)
    {
        lock (Gate)
        {
            if (_byOrder.TryGetValue((carrier, orderNumber), out var existing))
            {
                return (_byWaybill[existing], false);
            }

            var sequence = _sequences[carrier] = _sequences.GetValueOrDefault(carrier) + 1;
            var waybill = carrier switch
            {
                Sf => string.Create(CultureInfo.InvariantCulture, $"SF{1_000_000_000_000 + sequence}"),
                Zto => string.Create(CultureInfo.InvariantCulture, $"73{sequence:D12}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"43{sequence:D11}"),
            };
            var parcel = new SimParcel(carrier, waybill, orderNumber, Now, 0, []);
            _byOrder[(carrier, orderNumber)] = waybill;
            _byWaybill[waybill] = parcel;
            return (parcel, true);
        }
    }

    public SimParcel? Find(string waybill)
    {
        lock (Gate)
        {
            return _byWaybill.GetValueOrDefault(waybill);
        }
    }

    public SimParcel? FindByOrder(string carrier, string orderNumber)
    {
        lock (Gate)
        {
            return _byOrder.TryGetValue((carrier, orderNumber), out var waybill) ? _byWaybill[waybill] : null;
        }
    }

    public IReadOnlyList<SimParcel> Parcels()
    {
        lock (Gate)
        {
            return [.. _byWaybill.Values];
        }
    }

    /// <summary>Moves the parcel one step (at <paramref name="at"/>, now by default); null when it is unknown or already delivered.</summary>
    public SimParcel? Advance(string waybill, DateTimeOffset? at = null)
    {
        lock (Gate)
        {
            if (!_byWaybill.TryGetValue(waybill, out var parcel) || parcel.Stage >= 4)
            {
                return null;
            }

            var (code, city, remark) = Steps[parcel.Carrier][parcel.Stage];
            var routeId = string.Create(CultureInfo.InvariantCulture, $"{waybill}-{parcel.Stage + 1}");
            var moved = parcel with { Stage = parcel.Stage + 1, Routes = parcel.Routes.Add(new SimRoute(routeId, code, at ?? Now, city, remark)) };
            _byWaybill[waybill] = moved;
            return moved;
        }
    }
}
