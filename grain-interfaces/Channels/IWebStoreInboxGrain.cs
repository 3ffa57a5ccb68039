namespace OrderActors.GrainInterfaces.Channels;

/// <summary>
/// The own web store's webhook receiver for one shop, keyed by the shop name (the shop of connector
/// <c>web:{shop}</c>, whose webhook secret it verifies with). A delivery is answered as durable only
/// once its order update is applied by the order grain (<c>web:{shop}:{id}</c>, newer-wins by the
/// store's <c>updated_at</c>) and the delivery id is remembered in PostgreSQL, so a retry after a
/// success is a harmless duplicate, while a delivery that failed can be retried under the same id.
/// Deliveries are remembered for the timestamp tolerance after their signing time.
/// </summary>
public interface IWebStoreInboxGrain : IGrainWithStringKey
{
    /// <summary>Verifies, parses and applies one delivery; never throws for anything the store sent.</summary>
    Task<WebhookReceipt> Receive(WebhookDelivery delivery);

    /// <summary>Counters and the latest refusal.</summary>
    Task<WebhookInboxStats> GetStats();
}
