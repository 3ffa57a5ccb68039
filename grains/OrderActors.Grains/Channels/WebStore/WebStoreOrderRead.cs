using OrderActors.GrainInterfaces.Channels;

namespace OrderActors.Grains.Channels.WebStore;

/// <summary>What reading one order object found.</summary>
/// <param name="Order">The order; null when its id, status or updated_at is missing or unreadable.</param>
/// <param name="Errors">Everything wrong, by JSON path; empty for a valid order.</param>
/// <param name="Malformed">Whether a value has the wrong JSON type or format (not just a wrong or missing value):
/// a store that sends this breaks the contract, and a pull stops on it rather than guess.</param>
internal sealed record WebStoreOrderRead(WebStoreOrder? Order, IReadOnlyList<WebhookFieldError> Errors, bool Malformed)
{
    public bool IsValid => Order is not null && Errors.Count == 0;
}
