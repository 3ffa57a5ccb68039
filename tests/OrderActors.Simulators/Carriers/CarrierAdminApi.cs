namespace OrderActors.Simulators.Carriers;

/// <summary>Switches for tests and demos under <c>/sim/carriers</c>: faults and call counts, waybills, moving and pushing them. Not part of any carrier's API.</summary>
internal static class CarrierAdminApi
{
    public static RouteGroupBuilder MapCarrierAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapSimulatorAdmin<CarrierSimulatorState>("/sim/carriers");
        group.MapGet("/parcels", (CarrierSimulatorState state) => Results.Ok(state.Parcels()));

        // One step further (pushed when a push target is configured).
        group.MapPost("/parcels/{waybill}/advance", async (string waybill, CarrierSimulatorState state, CarrierPusher pusher, CancellationToken ct) =>
            state.Advance(waybill) is { } moved
                ? Results.Ok(new { parcel = moved, push = await pusher.PushLatestAsync(moved, ct) })
                : Results.NotFound());

        // Everything so far again, the way carriers repeat and reorder: duplicates and newest first.
        group.MapPost("/parcels/{waybill}/push", async (string waybill, CarrierSimulatorState state, CarrierPusher pusher, CancellationToken ct) =>
            state.Find(waybill) is { } parcel ? Results.Ok(await pusher.PushScrambledAsync(parcel, ct)) : Results.NotFound());
        return group;
    }
}
