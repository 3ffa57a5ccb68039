using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using OrderActors.Domain.Approvals;
using OrderActors.Domain.Orders;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Approvals;
using OrderActors.GrainInterfaces.Carriers;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Fulfilment;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.Grains.Approvals;
using OrderActors.Grains.Carriers;
using Status = OrderActors.GrainInterfaces.Orders.OrderStatus;

namespace OrderActors.Grains.Orders;

/// <summary>The warehouse and shipping side of an order: WMS steps, the electronic waybill, the approval, the marketplace write-back.</summary>
internal sealed partial class OrderGrain
{
    private const string WaybillReminder = "waybill-request";

    private bool _approvalChanged;
    private ApprovalDecisionView? _approvalDecision;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Shared by the silo's order grains, so activations in a flash sale load together; a failed load fails the activation.
        if (await store.Load(Id, cancellationToken) is { } stored)
        {
            (_storedVersion, _state) = stored;
        }

        // History stored before delay reasons existed deserializes without them (the serializer does not run initializers).
        for (var i = 0; i < S.History.Count; i++)
        {
            if (S.History[i].DelayReasons.IsDefault)
            {
                S.History[i] = S.History[i] with { DelayReasons = [] };
            }
        }

        // A silo lost between the Shipped write and the write-back request leaves it unrequested: ask again
        // (the channel shipment grain ignores a repeat).
        if (S.Exists && !S.WriteBackRequested && S.WaybillNumber is not null && S.Status is Status.Shipped or Status.Delivered or Status.Completed)
        {
            await RequestWriteBack();
        }
    }

    async Task<OrderCommandResult> IOrderGrain.RecordWarehouseEvent(WarehouseEvent e)
    {
        if (!S.Exists)
        {
            return new OrderCommandResult(false, "UnknownOrder", $"There is no order {Id}.", null);
        }

        // Another warehouse's event is the sender's mistake whatever the order's state; without an allocation the step rules answer.
        var warehouses = ShippingWarehouses();
        if (!warehouses.IsEmpty && !warehouses.Contains(e.Warehouse, StringComparer.Ordinal))
        {
            return Refuse("WrongWarehouse", $"Order {Id} is allocated to {string.Join(" and ", warehouses)}, not to {e.Warehouse}.");
        }

        var step = (WarehouseStep)(int)e.Kind;
        var progress = new WarehouseProgress(Did(WarehouseEventKind.Picked), Did(WarehouseEventKind.Packed), S.OutboundScanId is not null);
        var decision = WarehouseStepRules.Decide(Domain(S.Status), S.Backordered, progress, step);
        if (decision.Outcome == WarehouseStepOutcome.Refused)
        {
            return Refuse(decision.Reason!, decision.Detail!);
        }

        if (decision.Outcome == WarehouseStepOutcome.AlreadyDone)
        {
            return Unchanged();
        }

        var before = S.Version;
        var now = time.GetUtcNow();
        // The WMS's own time is when it happened; bounded so history stays in order and never runs ahead of the clock.
        var at = e.At > now ? now : e.At < S.History[^1].At ? S.History[^1].At : e.At;
        if (!string.IsNullOrWhiteSpace(e.DelayReason))
        {
            S.PendingDelayReasons.Add(e.DelayReason);
        }

        S.WarehouseSteps.Add(new WarehouseStepView(e.Kind, at, e.Warehouse, e.Operator, e.Device, e.EventId, e.DelayReason));
        var issued = false;
        switch (e.Kind)
        {
            case WarehouseEventKind.Packed when S.WaybillNumber is null:
                var site = await Site(e.Warehouse);
                var carrier = site?.Carrier ?? carriers.DefaultCarrier;
                S.WaybillRequest = new WaybillRequestView(carrier, now, 0, null, null, false);
                issued = await TryIssueWaybill(e.Warehouse, site);
                break;
            case WarehouseEventKind.OutboundScan:
                Move(OrderTrigger.ScanOutbound, e.Operator, $"scan {e.EventId} at {e.Warehouse}{(e.Device is null ? "" : $" ({e.Device})")}", at);
                S.OutboundScanId = e.EventId;
                await ShipWhenVerified();
                break;
        }

        var result = await Persist(before);
        if (issued)
        {
            await BindParcel();
        }

        return result;
    }

    async Task<OrderCommandResult> IOrderGrain.Approve(string approver, string? comment)
    {
        if (S.Approval is not { } approval)
        {
            return NoApproval();
        }

        if (approval.Status == ApprovalStatus.Approved)
        {
            await SaveApprovalRow(null);
            return Unchanged();
        }

        if (!ApprovalRuleMapping.Allows(approval.Approvers, approver))
        {
            return Refuse("NotAnApprover", $"Under rule '{approval.Rule}' only {string.Join(", ", approval.Approvers)} may approve.");
        }

        var before = S.Version;
        Decide(approval, new ApprovalDecisionView(ApprovalStatus.Approved, approver, time.GetUtcNow(), comment));
        await ShipWhenVerified();
        return await Persist(before);
    }

    async Task<OrderCommandResult> IOrderGrain.Reject(string approver, string comment)
    {
        if (S.Approval is not { } approval)
        {
            return NoApproval();
        }

        if (approval.Status == ApprovalStatus.Approved)
        {
            return Refuse("AlreadyApproved", $"The shipment was approved by {approval.Decisions[^1].Approver}; it has gone out.");
        }

        if (!ApprovalRuleMapping.Allows(approval.Approvers, approver))
        {
            return Refuse("NotAnApprover", $"Under rule '{approval.Rule}' only {string.Join(", ", approval.Approvers)} may reject.");
        }

        if (approval.Status == ApprovalStatus.Rejected && approval.Decisions[^1] is { } last && last.Approver == approver && last.Comment == comment)
        {
            return Unchanged();
        }

        S.PendingDelayReasons.Add("approval-rejected");
        Decide(approval, new ApprovalDecisionView(ApprovalStatus.Rejected, approver, time.GetUtcNow(), comment));
        return await Persist(S.Version);
    }

    private void Decide(ApprovalView approval, ApprovalDecisionView decision)
    {
        S.Approval = approval with { Status = decision.Decision, Decisions = approval.Decisions.Add(decision) };
        (_approvalChanged, _approvalDecision) = (true, decision);
    }

    private OrderCommandResult NoApproval() => S.Exists
        ? Refuse("NoApprovalPending", "This order's shipment does not wait for an approval.")
        : new OrderCommandResult(false, "UnknownOrder", $"There is no order {Id}.", null);

    private async Task<ApprovalRule?> MatchingApprovalRule()
    {
        var rules = await GrainFactory.GetGrain<IApprovalRulesGrain>(OrleansNames.ApprovalRulesKey).Get();
        return rules.Rules.IsDefaultOrEmpty
            ? null
            : ApprovalPolicy.Match(rules.Rules.Select(ApprovalRuleMapping.ToDomain), new ApprovalSubject(Id.Split(':')[0], ShippingWarehouses(), ValueFen()));
    }

    /// <summary>Runs after every durable write: the approvals queue row, and the write-back once the order has shipped.</summary>
    private async Task AfterPersist(int fromVersion)
    {
        if (_approvalChanged)
        {
            var decision = _approvalDecision;
            (_approvalChanged, _approvalDecision) = (false, null);
            await SaveApprovalRow(decision);
        }

        if (S.History.Skip(fromVersion).Any(h => h.Status == Status.Shipped))
        {
            await RequestWriteBack();
        }
    }

    private async Task SaveApprovalRow(ApprovalDecisionView? decision)
    {
        var a = S.Approval!;
        var last = a.Decisions.IsDefaultOrEmpty ? null : a.Decisions[^1];
        await approvals.Save(
            new PendingApproval(Id, a.Rule, a.Status, a.RequestedAt, S.Warehouse, S.Carrier, S.WaybillNumber, ValueFen(), last?.Approver, last?.At, last?.Comment),
            decision);
    }

    private async Task RequestWriteBack()
    {
        var shipped = S.History.LastOrDefault(h => h.Status == Status.Shipped);
        if (shipped is null || S.Carrier is null || S.WaybillNumber is null)
        {
            return;
        }

        try
        {
            await GrainFactory.GetGrain<IChannelShipmentGrain>(Id).Request(new ShipmentNotice(Id, S.Carrier, S.WaybillNumber, shipped.At));
            S.WriteBackRequested = true;
        }
        catch (Exception ex)
        {
            // The order has shipped and stays so; the next activation asks again.
            LogWriteBackNotRequested(ex, Id);
        }
    }

    /// <summary>Asks the carrier for the waybill once; binds it when issued, otherwise records why and keeps retrying by reminder.</summary>
    private async Task<bool> TryIssueWaybill(string warehouse, WarehouseView? site)
    {
        var request = S.WaybillRequest!;
        var attempt = request.Attempts + 1;
        if (!carriers.Carriers.Contains(request.Carrier, StringComparer.OrdinalIgnoreCase))
        {
            S.WaybillRequest = request with { Attempts = attempt, LastError = $"No carrier connection for {request.Carrier}: bind the waybill by hand.", GaveUp = true };
            S.PendingDelayReasons.Add("waybill-failed");
            return false;
        }

        try
        {
            var lines = S.Packages.Where(p => p.Warehouse == warehouse).SelectMany(p => p.Lines).ToList();
            using var timeout = new CancellationTokenSource(options.Value.CarrierCallTimeout);
            var issued = await carriers.RequestWaybillAsync(
                new WaybillRequest(Id, request.Carrier, warehouse, site?.ProvinceCode ?? "", site?.City ?? "", S.Address!,
                    lines.Sum(l => l.Quantity), Math.Max(1, lines.Sum(l => l.Quantity * l.UnitWeightGrams))),
                timeout.Token);
            S.WaybillRequest = request with { Carrier = issued.Carrier, Attempts = attempt, IssuedAt = time.GetUtcNow(), LastError = null };
            (S.Carrier, S.WaybillNumber) = (issued.Carrier, issued.WaybillNumber);
            await StopReminder(WaybillReminder);
            return true;
        }
        catch (Exception ex) when (ex is CarrierCallException or HttpRequestException or OperationCanceledException)
        {
            var gaveUp = ex is CarrierCallException { Retryable: false } || attempt >= options.Value.WaybillAttempts;
            S.WaybillRequest = request with { Attempts = attempt, LastError = ex.Message, GaveUp = gaveUp };
            if (attempt == 1)
            {
                S.PendingDelayReasons.Add("waybill-failed");
            }

            LogWaybillFailed(Id, request.Carrier, attempt, ex.Message);
            if (gaveUp)
            {
                await StopReminder(WaybillReminder);
            }
            else
            {
                await this.RegisterOrUpdateReminder(WaybillReminder, options.Value.WaybillRetryEvery, options.Value.WaybillRetryEvery);
            }

            return false;
        }
    }

    private async Task RetryWaybill()
    {
        if (!S.Exists || S.WaybillNumber is not null || S.WaybillRequest is not { IssuedAt: null, GaveUp: false }
            || S.Status is not (Status.Allocated or Status.Outbound))
        {
            await StopReminder(WaybillReminder);
            return;
        }

        var before = S.Version;
        var warehouse = S.WarehouseSteps.Last(s => s.Kind == WarehouseEventKind.Packed).Warehouse;
        var issued = await TryIssueWaybill(warehouse, await Site(warehouse));
        if (issued)
        {
            await ShipWhenVerified();
        }

        await Persist(before);
        if (issued)
        {
            await BindParcel();
        }
    }

    /// <summary>Ties the waybill to this order so the carrier's pushes for it find the order.</summary>
    private async Task BindParcel()
    {
        try
        {
            await GrainFactory.GetGrain<IParcelGrain>($"{S.Carrier}:{S.WaybillNumber}").Bind(Id);
        }
        catch (Exception ex)
        {
            // Tracking events for the waybill arrive later anyway; the parcel is bound again when they do not find it.
            LogParcelNotBound(ex, Id, S.Carrier, S.WaybillNumber);
        }
    }

    private async Task<WarehouseView?> Site(string warehouse) =>
        (await GrainFactory.GetGrain<IWarehouseDirectoryGrain>(OrleansNames.WarehouseDirectoryKey).List()).FirstOrDefault(w => w.Code == warehouse);

    private bool Did(WarehouseEventKind kind) => S.WarehouseSteps.Any(s => s.Kind == kind);

    private ImmutableArray<string> ShippingWarehouses() =>
        S.Packages.IsDefaultOrEmpty ? [] : [.. S.Packages.Select(p => p.Warehouse).Distinct(StringComparer.Ordinal)];

    private long ValueFen() => S.Lines.Sum(l => l.Quantity * l.UnitPriceFen);

    private FulfilmentView FulfilmentView() => new([.. S.WarehouseSteps], S.WaybillRequest, S.Approval, [.. S.PendingDelayReasons]);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: marketplace write-back not requested yet")]
    private partial void LogWriteBackNotRequested(Exception ex, string orderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: waybill request to {Carrier} failed (attempt {Attempt}): {Error}")]
    private partial void LogWaybillFailed(string orderId, string carrier, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: parcel {Carrier}:{Waybill} not bound")]
    private partial void LogParcelNotBound(Exception ex, string orderId, string? carrier, string? waybill);
}
