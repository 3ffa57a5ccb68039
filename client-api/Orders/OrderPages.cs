using OrderActors.ClientApi.OperatorConsole;

namespace OrderActors.ClientApi.Orders;

/// <summary>The console's order pages: search, and one order's flow.</summary>
public static class OrderPages
{
    public static WebApplication MapOrderPages(this WebApplication app)
    {
        app.MapConsolePage("/console/orders", "orders.html");
        app.MapConsolePage("/console/orders/{orderId}", "order.html");
        return app;
    }
}
