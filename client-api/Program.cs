using OrderActors.ClientApi.Approvals;
using OrderActors.ClientApi.Carriers;
using OrderActors.ClientApi.Catalog;
using OrderActors.ClientApi.Channels;
using OrderActors.ClientApi.Fulfilment;
using OrderActors.ClientApi.Hosting;
using OrderActors.ClientApi.Inventory;
using OrderActors.ClientApi.OperatorConsole;
using OrderActors.ClientApi.Orders;
using OrderActors.ClientApi.Pool;
using OrderActors.ClientApi.Returns;
using OrderActors.ClientApi.Routing;
using OrderActors.ClientApi.Analytics;
using OrderActors.ClientApi.Tracking;

var builder = WebApplication.CreateBuilder(args);
builder.AddOrderActorsClient();
builder.AddPublicTracking();
builder.AddConsole();

var app = builder.Build();
app.UseOrderActorsApi();
app.UseRateLimiter();
app.MapOrdersApi();
app.MapInventoryApi();
app.MapWarehousesApi();
app.MapSkusApi();
app.MapPoolApi();
app.MapRoutingApi();
app.MapChannelsApi();
app.MapChannelReconciliationsApi();
app.MapChannelImportApi();
app.MapWebStoreWebhookApi();
app.MapApprovalsApi();
app.MapCarrierPushApi();
app.MapChannelShipmentsApi();
app.MapTrackingLinksApi();
app.MapPublicTrackingApi();
app.MapAnalyticsApi();
app.MapWmsWebhookApi();
app.MapWmsReviewsApi();
app.MapReturnsApi();
app.MapConsole();
app.Run();

/// <summary>Entry point; public so tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
