namespace OrderActors.GrainInterfaces.Orders;

/// <summary>
/// One order, keyed by its order id (see <see cref="Keys.OrderId"/>). The source of truth for the
/// order's status and history. Every command is idempotent; a refused command says why.
/// </summary>
public interface IOrderGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records the order and, when it is paid, allocates it. Answers only after the order is durable.
    /// Submitting the same content again returns the stored result with <c>Replayed</c> set.
    /// </summary>
    Task<SubmitOrderResult> Submit(SubmitOrder order);

    /// <summary>The order, or null when no order was recorded under this id.</summary>
    Task<OrderView?> Get();

    /// <summary>Payment arrived for an order in Created; the order is then allocated.</summary>
    Task<OrderCommandResult> Pay(DateTimeOffset paidAt);

    /// <summary>Cancels the order and gives back its reservations. Refused once the parcel left the warehouse.</summary>
    Task<OrderCommandResult> Cancel(string reason, string actor);

    /// <summary>The warehouse scanned the parcel out (idempotent by scan id).</summary>
    Task<OrderCommandResult> RecordOutboundScan(string scanId, string operatorName);

    /// <summary>Binds the carrier's waybill number. With an outbound scan present the order becomes Shipped.</summary>
    Task<OrderCommandResult> BindWaybill(string carrier, string waybillNumber);

    /// <summary>
    /// A warehouse step (picked, packed, outbound scan) reported by the WMS. Steps apply in order, only
    /// from the warehouse the order was allocated to; a repeat is unchanged, anything else is refused with
    /// the reason. At <see cref="Fulfilment.WarehouseEventKind.Packed"/> the order requests its electronic
    /// waybill from the warehouse's carrier (retried in the background when the carrier fails).
    /// </summary>
    Task<OrderCommandResult> RecordWarehouseEvent(Fulfilment.WarehouseEvent warehouseEvent);

    /// <summary>An approver confirms the shipment an approval rule held back; the order then ships.</summary>
    Task<OrderCommandResult> Approve(string approver, string? comment);

    /// <summary>An approver refuses the shipment (comment required); the order stays Outbound, held, until approved.</summary>
    Task<OrderCommandResult> Reject(string approver, string comment);

    /// <summary>The carrier reported delivery.</summary>
    Task<OrderCommandResult> ConfirmDelivery(DateTimeOffset deliveredAt, string source);

    /// <summary>Closes a delivered order.</summary>
    Task<OrderCommandResult> Complete(string actor);

    /// <summary>Gives an allocated order's stock back and routes it again (e.g. after a rule or stock change).</summary>
    Task<OrderCommandResult> Reroute(string actor, string reason);

    /// <summary>Applies what a marketplace pull saw of this order, newer-wins by platform modified time.</summary>
    Task<PlatformUpdateResult> ApplyPlatformUpdate(PlatformOrderUpdate update);

    /// <summary>Whether the order still needs the stock it reserved in this cell (for the reconciler).</summary>
    Task<bool> NeedsReservation(string warehouse, string sku);
}
