using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OrderActors.Domain.Carriers;
using OrderActors.Domain.Channels;

namespace OrderActors.Simulators.Carriers;

/// <summary>
/// The carriers' push side: SF route pushes (<c>{"Body":{"WaybillRoute":[…]}}</c>, signed with the check word) and
/// aggregator-style snapshots (form fields param and sign, the waybill's whole event list each time) to the OMS.
/// </summary>
public sealed class CarrierPusher(IHttpClientFactory clients, CarrierSimulatorState state)
{
    public const string ClientName = "carrier-push";
    public const string SfRoutesPath = "api/carriers/sf/routes";
    public const string SnapshotsPath = "api/carriers/snapshots";

    /// <summary>The aggregator's names for the carriers.</summary>
    private static readonly Dictionary<string, string> AggregatorNames = new(StringComparer.Ordinal)
    {
        [CarrierSimulatorState.Sf] = "shunfeng",
        [CarrierSimulatorState.Zto] = "zhongtong",
        [CarrierSimulatorState.Yunda] = "yunda",
    };

    /// <summary>The aggregator's numeric state for each carrier's codes.</summary>
    private static readonly Dictionary<string, string> AggregatorStates = new(StringComparer.Ordinal)
    {
        ["50"] = "1", ["30"] = "0", ["44"] = "5", ["80"] = "3",
        ["收件"] = "1", ["发件"] = "0", ["派件"] = "5", ["签收"] = "3",
        ["GOT"] = "1", ["TRANSIT"] = "0", ["DELIVERY"] = "5", ["SIGNED"] = "3",
    };

    /// <summary>Pushes the routes (of SF waybills) as one SF route push, in the order given, repeats included.</summary>
    public async Task<SimPushResult> PushSfRoutesAsync(Uri oms, IEnumerable<(SimParcel Parcel, SimRoute Route)> routes, string? checkWord = null, int timestampSkewSeconds = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(oms);
        var list = new JsonArray();
        foreach (var (parcel, route) in routes)
        {
            list.Add(new JsonObject
            {
                ["id"] = route.Id,
                ["mailno"] = parcel.Waybill,
                ["orderid"] = parcel.OrderNumber,
                ["acceptTime"] = PlatformTime.FormatChinaTime(route.At),
                ["acceptAddress"] = route.City,
                ["remark"] = route.Remark,
                ["opCode"] = route.Code,
            });
        }

        var body = new JsonObject { ["Body"] = new JsonObject { ["WaybillRoute"] = list } }.ToJsonString();
        var timestamp = state.Now.AddSeconds(timestampSkewSeconds).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var digest = CarrierSignatures.SfDigest(body, timestamp, checkWord ?? state.Options.SfCheckWord);
        var url = new Uri(oms, $"{SfRoutesPath}?partnerID={Uri.EscapeDataString(state.Options.SfPartnerId)}&timestamp={timestamp}&msgDigest={Uri.EscapeDataString(digest)}");
        return await SendAsync("sf.route.push", url, new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pushes the parcel's whole event list, newest first, as an aggregator snapshot.</summary>
    public async Task<SimPushResult> PushSnapshotAsync(Uri oms, SimParcel parcel, string? salt = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(oms);
        ArgumentNullException.ThrowIfNull(parcel);
        var data = new JsonArray();
        foreach (var route in parcel.Routes.Reverse())
        {
            var time = PlatformTime.FormatChinaTime(route.At);
            data.Add(new JsonObject
            {
                ["context"] = route.Remark,
                ["time"] = time,
                ["ftime"] = time,
                ["areaName"] = route.City,
                ["statusCode"] = AggregatorStates.GetValueOrDefault(route.Code, "0"),
            });
        }

        var latest = parcel.Routes.Count == 0 ? "0" : AggregatorStates.GetValueOrDefault(parcel.Routes[^1].Code, "0");
        var param = new JsonObject
        {
            ["status"] = latest == "3" ? "shutdown" : "polling",
            ["billstatus"] = "check",
            ["message"] = "",
            ["lastResult"] = new JsonObject
            {
                ["message"] = "ok",
                ["state"] = latest,
                ["status"] = "200",
                ["condition"] = "F00",
                ["ischeck"] = latest == "3" ? "1" : "0",
                ["com"] = AggregatorNames[parcel.Carrier],
                ["nu"] = parcel.Waybill,
                ["data"] = data,
            },
        }.ToJsonString();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["param"] = param,
            ["sign"] = CarrierSignatures.AggregatorSign(param, salt ?? state.Options.SnapshotSalt),
        });
        return await SendAsync("snapshot.push", new Uri(oms, SnapshotsPath), form, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// What a real carrier's push does to a receiver: SF routes arrive newest first with the first one repeated;
    /// a snapshot arrives twice. Nothing when no push target is configured.
    /// </summary>
    public async Task<IReadOnlyList<SimPushResult>> PushScrambledAsync(SimParcel parcel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        if (state.Options.PushTo is not { } oms || parcel.Routes.Count == 0)
        {
            return [];
        }

        if (parcel.Carrier == CarrierSimulatorState.Sf)
        {
            var routes = parcel.Routes.Reverse().Select(r => (parcel, r)).Append((parcel, parcel.Routes[0]));
            return [await PushSfRoutesAsync(oms, routes, cancellationToken: cancellationToken).ConfigureAwait(false)];
        }

        return
        [
            await PushSnapshotAsync(oms, parcel, cancellationToken: cancellationToken).ConfigureAwait(false),
            await PushSnapshotAsync(oms, parcel, cancellationToken: cancellationToken).ConfigureAwait(false),
        ];
    }

    /// <summary>The push for the parcel's newest step (SF: that route; others: the snapshot), when a target is configured.</summary>
    public async Task<SimPushResult?> PushLatestAsync(SimParcel parcel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        if (state.Options.PushTo is not { } oms || parcel.Routes.Count == 0)
        {
            return null;
        }

        return parcel.Carrier == CarrierSimulatorState.Sf
            ? await PushSfRoutesAsync(oms, [(parcel, parcel.Routes[^1])], cancellationToken: cancellationToken).ConfigureAwait(false)
            : await PushSnapshotAsync(oms, parcel, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task<SimPushResult> SendAsync(string method, Uri url, HttpContent content, CancellationToken cancellationToken)
    {
        using (content)
        {
            try
            {
                using var response = await clients.CreateClient(ClientName).PostAsync(url, content, cancellationToken).ConfigureAwait(false);
                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                state.Record(method, $"http:{(int)response.StatusCode}");
                return new SimPushResult((int)response.StatusCode, text);
            }
            catch (HttpRequestException e)
            {
                state.Record(method, "unreachable");
                return new SimPushResult(0, e.Message);
            }
        }
    }
}

/// <summary>What the OMS answered to a push (status 0: not reachable).</summary>
public sealed record SimPushResult(int Status, string Body);
