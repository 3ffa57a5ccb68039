using System.Text.Json;
using OrderActors.Domain.Carriers;
using OrderActors.GrainInterfaces.Carriers;

namespace OrderActors.Grains.Carriers.Sf;

/// <summary>
/// One SF route (<c>acceptTime</c>, <c>acceptAddress</c>, <c>remark</c>, <c>opCode</c>), the same in the route
/// query's <c>routes</c> and in the route push's <c>WaybillRoute</c>, so a pushed and a polled scan get one key.
/// </summary>
internal static class SfRoutes
{
    /// <summary>The event, or null with what is wrong.</summary>
    public static CarrierTrackingEvent? Read(JsonElement route, out string? error)
    {
        var opCode = CarrierEvents.Text(route, "opCode");
        var acceptTime = CarrierEvents.Text(route, "acceptTime");
        if (opCode is null)
        {
            error = "opCode is required";
            return null;
        }

        if (CarrierEvents.ChinaTime(acceptTime) is not { } at)
        {
            error = $"acceptTime '{acceptTime}' is not yyyy-MM-dd HH:mm:ss";
            return null;
        }

        error = null;
        return CarrierEvents.Create(CarrierCode.Sf, SfRouteCodes.Table, opCode, at, CarrierEvents.Text(route, "acceptAddress"), CarrierEvents.Text(route, "remark"));
    }
}
