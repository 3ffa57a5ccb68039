namespace OrderActors.Simulators.Douyin;

/// <summary>Switches and seeds for tests and demos, under <c>/sim/douyin</c>. Not part of Douyin.</summary>
internal static class DouyinAdminApi
{
    public static RouteGroupBuilder MapDouyinAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapSimulatorAdmin<DouyinSimulatorState>(DouyinPlatform.AdminPrefix);

        group.MapPut("/shops/{shop}/orders", (string shop, SimDouyinOrder[] orders, DouyinSimulatorState state) =>
        {
            state.UpsertOrders(shop, orders);
            return Results.NoContent();
        });

        group.MapPost("/shops/{shop}/orders/{orderId}/change", (string shop, string orderId, SimDouyinOrderChange change, DouyinSimulatorState state) =>
            state.ChangeOrder(shop, orderId, change) is { } order ? Results.Ok(order) : Results.NotFound());

        return group;
    }
}
