using System.Text.Json;
using OrderActors.Domain.Carriers;
using OrderActors.Domain.Channels;
using OrderActors.GrainInterfaces.Carriers;
using DomainState = OrderActors.Domain.Carriers.ParcelState;

namespace OrderActors.Grains.Carriers;

/// <summary>Turns a carrier's scan (code, time, place, remark) into the contract's event, with the domain's key, state and redaction.</summary>
internal static class CarrierEvents
{
    public static CarrierTrackingEvent Create(string carrier, CarrierStatusTable table, string code, DateTimeOffset at, string? city, string? remark) =>
        new(ParcelEventRules.EventKey(carrier, code, at, city),
            at,
            ToContract(table.Map(code)),
            code.Trim(),
            string.IsNullOrWhiteSpace(city) ? null : TrackingText.Redact(city),
            TrackingText.Redact(remark));

    public static GrainInterfaces.Carriers.ParcelState ToContract(DomainState state) => (GrainInterfaces.Carriers.ParcelState)(int)state;

    public static DomainState ToDomain(GrainInterfaces.Carriers.ParcelState state) => (DomainState)(int)state;

    /// <summary>A string property (numbers are taken as their text), or null when absent or empty.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    /// <summary>A <c>yyyy-MM-dd HH:mm:ss</c> China time, as SF, Yunda and the aggregators write it.</summary>
    public static DateTimeOffset? ChinaTime(string? text) => PlatformTime.TryParseChinaTime(text, out var at) ? at : null;
}
