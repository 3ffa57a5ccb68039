namespace OrderActors.Simulators.Pdd;

/// <summary>Switches and seeds for tests and demos, under <c>/sim/pdd</c>. Not part of Pinduoduo.</summary>
internal static class PddAdminApi
{
    public static RouteGroupBuilder MapPddAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapSimulatorAdmin<PddSimulatorState>("/sim/pdd");

        group.MapPut("/shops/{shop}/orders", (string shop, PddSimOrder[] orders, PddSimulatorState state) =>
        {
            state.UpsertOrders(shop, orders);
            return Results.NoContent();
        });

        group.MapPost("/shops/{shop}/orders/{orderSn}/change", (string shop, string orderSn, PddSimOrderChange change, PddSimulatorState state) =>
            state.ChangeOrder(shop, orderSn, change) is { } order ? Results.Ok(order) : Results.NotFound());

        return group;
    }
}
