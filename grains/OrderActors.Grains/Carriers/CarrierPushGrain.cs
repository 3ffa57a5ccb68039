using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrderActors.Domain.Carriers;
using OrderActors.GrainInterfaces.Carriers;
using OrderActors.Grains.Carriers.Sf;
using Orleans.Concurrency;

namespace OrderActors.Grains.Carriers;

/// <summary>
/// Verifies carrier pushes with the secrets only the silos hold, reads every event of a push before applying
/// any (a push with one bad route is refused whole), then records each waybill's events on its parcel grain and
/// answers once all are durable. A failure midway answers Unavailable: the carrier repeats the whole push and the
/// parcels drop what they already have.
/// </summary>
// A stateless worker: it holds nothing, so pushes are verified in parallel on every silo.
[StatelessWorker]
internal sealed partial class CarrierPushGrain(
    IOptions<CarrierOptions> options,
    [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time,
    ILogger<CarrierPushGrain> logger) : Grain, ICarrierPushGrain
{
    /// <summary>More routes than any carrier sends at once: a bound on the work one push can cause.</summary>
    public const int MaxEvents = 500;

    private CarrierOptions O => options.Value;

    async Task<CarrierPushReceipt> ICarrierPushGrain.ReceiveSfRoutes(CarrierPush push)
    {
        ArgumentNullException.ThrowIfNull(push);
        if (!O.Sf.IsConfigured)
        {
            return Refuse(CarrierPushOutcome.NotConfigured, "NotConfigured", "OrderActors:Carriers:Sf has no partner id and check word on this silo.");
        }

        if (!string.Equals(push.PartnerId, O.Sf.AppKey, StringComparison.Ordinal))
        {
            return Refuse(CarrierPushOutcome.Unauthorized, "UnknownPartner", "partnerID is missing or not ours.");
        }

        if (!long.TryParse(push.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var millis)
            || millis > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            || (time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(millis)).Duration() > O.PushTolerance)
        {
            return Refuse(CarrierPushOutcome.Unauthorized, "TimestampOutsideWindow",
                $"timestamp must be Unix milliseconds within {O.PushTolerance.TotalMinutes:0} minutes of now; sign each push when sending it.");
        }

        if (!CarrierSignatures.Matches(push.Signature, CarrierSignatures.SfDigest(push.Body, push.Timestamp!, O.Sf.Secret!)))
        {
            return Refuse(CarrierPushOutcome.Unauthorized, "BadSignature", "msgDigest does not match Base64(MD5(URL-encode(body + timestamp + check word))).");
        }

        var errors = new List<string>();
        var byWaybill = new Dictionary<string, List<CarrierTrackingEvent>>(StringComparer.Ordinal);
        if (Json(push.Body, errors) is { } document)
        {
            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Body", out var body)
                    || body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("WaybillRoute", out var routes) || routes.ValueKind != JsonValueKind.Array)
                {
                    errors.Add("$: expected {\"Body\":{\"WaybillRoute\":[…]}}");
                }
                else
                {
                    var index = 0;
                    foreach (var route in routes.EnumerateArray())
                    {
                        var mailNo = CarrierEvents.Text(route, "mailno");
                        var read = SfRoutes.Read(route, out var error);
                        if (!CarrierCode.IsValidWaybill(mailNo))
                        {
                            errors.Add($"WaybillRoute[{index}].mailno: '{mailNo}' is not a waybill number");
                        }
                        else if (read is null)
                        {
                            errors.Add($"WaybillRoute[{index}]: {error}");
                        }
                        else
                        {
                            Add(byWaybill, mailNo!, read);
                        }

                        index++;
                    }
                }
            }
        }

        return await Apply(CarrierCode.Sf, byWaybill, errors);
    }

    async Task<CarrierPushReceipt> ICarrierPushGrain.ReceiveSnapshot(CarrierPush push)
    {
        ArgumentNullException.ThrowIfNull(push);
        if (string.IsNullOrEmpty(O.SnapshotSalt))
        {
            return Refuse(CarrierPushOutcome.NotConfigured, "NotConfigured", "OrderActors:Carriers:SnapshotSalt is not set on this silo.");
        }

        if (!CarrierSignatures.Matches(push.Signature, CarrierSignatures.AggregatorSign(push.Body, O.SnapshotSalt)))
        {
            return Refuse(CarrierPushOutcome.Unauthorized, "BadSignature", "sign does not match upper-case MD5(param + salt).");
        }

        var errors = new List<string>();
        var byWaybill = new Dictionary<string, List<CarrierTrackingEvent>>(StringComparer.Ordinal);
        string? carrier = null;
        if (Json(push.Body, errors) is { } document)
        {
            using (document)
            {
                carrier = ReadSnapshot(document.RootElement, byWaybill, errors);
            }
        }

        return await Apply(carrier ?? "?", byWaybill, errors);
    }

    /// <summary>Reads <c>lastResult</c>: <c>com</c>, <c>nu</c>, <c>state</c> and <c>data</c> (each <c>time</c>, <c>context</c>, <c>areaName</c>, <c>statusCode</c>).</summary>
    private static string? ReadSnapshot(JsonElement root, Dictionary<string, List<CarrierTrackingEvent>> byWaybill, List<string> errors)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("lastResult", out var last) || last.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$: expected {\"status\":…,\"lastResult\":{…}}");
            return null;
        }

        var com = CarrierEvents.Text(last, "com");
        var nu = CarrierEvents.Text(last, "nu");
        var carrier = com is not null && AggregatorStates.Carriers.TryGetValue(com, out var code) ? code : null;
        if (carrier is null)
        {
            errors.Add($"lastResult.com: '{com}' is not a carrier we ship with (shunfeng, zhongtong, yunda)");
        }

        if (!CarrierCode.IsValidWaybill(nu))
        {
            errors.Add($"lastResult.nu: '{nu}' is not a waybill number");
        }

        if (!last.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            errors.Add("lastResult.data: expected the list of events");
            return carrier;
        }

        // The data list comes newest first; an item without its own statusCode takes the waybill's state when it is the newest, otherwise "in transit".
        var newest = true;
        var index = 0;
        foreach (var item in data.EnumerateArray())
        {
            var at = CarrierEvents.ChinaTime(CarrierEvents.Text(item, "time"));
            var context = CarrierEvents.Text(item, "context");
            if (at is null)
            {
                errors.Add($"lastResult.data[{index}].time: '{CarrierEvents.Text(item, "time")}' is not yyyy-MM-dd HH:mm:ss");
            }
            else if (context is null)
            {
                errors.Add($"lastResult.data[{index}].context is required");
            }
            else if (carrier is not null && nu is not null)
            {
                var state = CarrierEvents.Text(item, "statusCode") ?? (newest ? CarrierEvents.Text(last, "state") : null) ?? "0";
                var area = CarrierEvents.Text(item, "areaName");
                var e = CarrierEvents.Create(carrier, AggregatorStates.Table, state, at.Value, area, context);
                Add(byWaybill, nu, e with { Key = ParcelEventRules.EventKey(carrier, "agg-" + state, at.Value, area + "|" + context) });
            }

            newest = false;
            index++;
        }

        return carrier;
    }

    private async Task<CarrierPushReceipt> Apply(string carrier, Dictionary<string, List<CarrierTrackingEvent>> byWaybill, List<string> errors)
    {
        var count = byWaybill.Values.Sum(v => v.Count);
        if (count > MaxEvents)
        {
            errors.Add($"$: at most {MaxEvents} events per push");
        }

        if (errors.Count > 0)
        {
            return Refuse(CarrierPushOutcome.Malformed, "MalformedPush", $"{errors.Count} problem(s); nothing was applied.", [.. errors.Take(50)]);
        }

        try
        {
            var results = await Task.WhenAll(byWaybill.Select(async w =>
            {
                var key = CarrierCode.ParcelKey(carrier, w.Key);
                var fresh = await GrainFactory.GetGrain<IParcelGrain>(key).Record([.. w.Value]);
                var view = await GrainFactory.GetGrain<IParcelTrackingGrain>(key).Get();
                return (Waybill: w.Key, Fresh: fresh, Bound: view?.OrderId is not null);
            }));
            var unbound = results.Where(r => !r.Bound).Select(r => r.Waybill).Order(StringComparer.Ordinal).ToImmutableArray();
            return new CarrierPushReceipt(CarrierPushOutcome.Accepted, null, null, [], count, results.Sum(r => r.Fresh), unbound);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogApplyFailed(ex, carrier, byWaybill.Count);
            return Refuse(CarrierPushOutcome.Unavailable, "Unavailable", "The push could not be made durable now; send it again.");
        }
    }

    private static JsonDocument? Json(string body, List<string> errors)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            errors.Add($"$: not JSON ({ex.Message})");
            return null;
        }
    }

    private static void Add(Dictionary<string, List<CarrierTrackingEvent>> byWaybill, string waybill, CarrierTrackingEvent e)
    {
        if (!byWaybill.TryGetValue(waybill, out var list))
        {
            byWaybill[waybill] = list = [];
        }

        list.Add(e);
    }

    private CarrierPushReceipt Refuse(CarrierPushOutcome outcome, string reason, string detail, ImmutableArray<string> errors = default)
    {
        LogRefused(outcome, reason, detail);
        return new CarrierPushReceipt(outcome, reason, detail, errors.IsDefault ? [] : errors, 0, 0, []);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Carrier push refused ({Outcome} {Reason}): {Detail}")]
    private partial void LogRefused(CarrierPushOutcome outcome, string reason, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Carrier push for {Carrier} ({Waybills} waybills) could not be applied")]
    private partial void LogApplyFailed(Exception ex, string carrier, int waybills);
}
