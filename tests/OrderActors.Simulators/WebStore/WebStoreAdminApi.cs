namespace OrderActors.Simulators.WebStore;

/// <summary>Switches, seeds and pushes for tests and demos, under <c>/sim/webstore</c>. Not part of the store's API.</summary>
internal static class WebStoreAdminApi
{
    public static RouteGroupBuilder MapWebStoreAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapSimulatorAdmin<WebStoreSimulatorState>("/sim/webstore");

        // Seeds (or replaces) orders; with a webhook configured for the shop, each is pushed too.
        group.MapPut("/shops/{shop}/orders", async (string shop, SimWebOrder[] orders, WebStoreSimulatorState state, WebStorePusher pusher, CancellationToken ct) =>
        {
            state.UpsertOrders(shop, orders);
            return Results.Ok(await pusher.PushConfiguredAsync(shop, orders, ct));
        });

        // Changes an order's status (updated_at now unless given); pushed when the shop has a webhook.
        group.MapPost("/shops/{shop}/orders/{id}/change", async (string shop, string id, SimWebOrderChange change, WebStoreSimulatorState state, WebStorePusher pusher, CancellationToken ct) =>
        {
            if (state.ChangeOrder(shop, id, change) is not { } order)
            {
                return Results.NotFound();
            }

            var pushes = await pusher.PushConfiguredAsync(shop, [order], ct);
            return Results.Ok(new { order, pushes = pushes.Pushes });
        });

        group.MapPut("/shops/{shop}/webhook", (string shop, SimWebhookTarget target, WebStoreSimulatorState state) =>
        {
            state.SetWebhook(shop, target);
            return Results.NoContent();
        });

        group.MapDelete("/shops/{shop}/webhook", (string shop, WebStoreSimulatorState state) =>
        {
            state.SetWebhook(shop, null);
            return Results.NoContent();
        });

        // One push now, answering with the status the receiver gave.
        group.MapPost("/shops/{shop}/push", async (string shop, SimWebPushRequest push, WebStoreSimulatorState state, WebStorePusher pusher, CancellationToken ct) =>
        {
            if (state.FindStored(shop, push.OrderId) is not { } order)
            {
                return Results.NotFound();
            }

            var target = state.WebhookOf(shop);
            var url = push.WebhookUrl ?? target?.WebhookUrl;
            var secret = push.Secret ?? target?.Secret;
            if (url is null || string.IsNullOrEmpty(secret))
            {
                return Results.BadRequest("webhookUrl and secret are needed, in the request or configured for the shop.");
            }

            return Results.Ok(await pusher.PushAsync(order, url, secret, push.ReplayDeliveryId, push.TimestampSkewSeconds, ct));
        });

        return group;
    }
}
