namespace OrderActors.Simulators.Wms;

/// <summary>Configuration, single events (good and bad) and the autopilot, under <c>/sim/wms</c>. docs/wms.md describes them.</summary>
internal static class WmsAdminApi
{
    public static RouteGroupBuilder MapWmsAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/sim/wms");

        group.MapPut("/oms", (SimWmsTarget target, WmsSimulatorState state) =>
        {
            state.Oms = target.OmsBaseUrl;
            return Results.NoContent();
        });

        group.MapPut("/{warehouse}/secret", (string warehouse, SimWmsSecret secret, WmsSimulatorState state) =>
        {
            if (string.IsNullOrEmpty(secret.Secret))
            {
                return Results.BadRequest("secret is required.");
            }

            state.SetSecret(warehouse, secret.Secret);
            return Results.NoContent();
        });

        // One event now, answering with what the OMS said.
        group.MapPost("/{warehouse}/events", async (string warehouse, SimWmsEventRequest request, WmsSender sender, CancellationToken ct) =>
        {
            try
            {
                return Results.Ok(await sender.SendAsync(warehouse, request, ct));
            }
            catch (InvalidOperationException e)
            {
                return Results.BadRequest(e.Message);
            }
        });

        group.MapPost("/{warehouse}/orders", (string warehouse, SimWmsAutopilotRequest request, WmsSimulatorState state) =>
            Results.Accepted($"/sim/wms/{warehouse}/orders", state.Enqueue(warehouse, request.OrderId, request.DelayReason)));

        group.MapGet("/{warehouse}/orders", (string warehouse, WmsSimulatorState state) => Results.Ok(state.Autopilot(warehouse)));

        group.MapGet("/sent", (string? warehouse, WmsSimulatorState state) => Results.Ok(state.Sent(warehouse)));
        return group;
    }
}
