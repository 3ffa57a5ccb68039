using OrderActors.ClientApi.Approvals;
using OrderActors.ClientApi.Catalog;
using OrderActors.ClientApi.Channels;
using OrderActors.ClientApi.Hosting;
using OrderActors.ClientApi.Inventory;
using OrderActors.ClientApi.Orders;
using OrderActors.ClientApi.Pool;
using OrderActors.ClientApi.Returns;
using OrderActors.ClientApi.Routing;

var builder = WebApplication.CreateBuilder(args);
builder.AddOrderActorsClient();

var app = builder.Build();
app.UseOrderActorsApi();
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
app.MapReturnsApi();
app.Run();

/// <summary>Entry point; public so tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
