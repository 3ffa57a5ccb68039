namespace OrderActors.Simulators.Jd;

/// <summary>Switches and seeds for tests and demos, under <c>/sim/jd</c>. Not part of JOS.</summary>
internal static class JdAdminApi
{
    public static RouteGroupBuilder MapJdAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapSimulatorAdmin<JdSimulatorState>("/sim/jd");

        group.MapPut("/shops/{shop}/orders", (string shop, SimJdOrder[] orders, JdSimulatorState state) =>
        {
            state.UpsertOrders(shop, orders);
            return Results.NoContent();
        });

        group.MapPost("/shops/{shop}/orders/{orderId:long}/change", (string shop, long orderId, SimJdOrderChange change, JdSimulatorState state) =>
            state.ChangeOrder(shop, orderId, change) is { } order ? Results.Ok(order) : Results.NotFound());

        return group;
    }
}
