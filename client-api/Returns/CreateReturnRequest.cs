using System.Collections.Immutable;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Returns;

namespace OrderActors.ClientApi.Returns;

/// <summary>A return to open for a shipped order.</summary>
/// <param name="OrderId">The order the goods came from.</param>
/// <param name="Source">operator (default) or marketplace (the platform's after-sale; needs <paramref name="PlatformReturnId"/>).</param>
/// <param name="PlatformReturnId">The platform's return (after-sale) id; a repeat with it lands on the same return.</param>
/// <param name="Reason">One of the reason codes (NoReason, NotAsDescribed, QualityProblem, DamagedInTransit, WrongItem, MissingParts, SizeOrFit, Other).</param>
/// <param name="ReasonText">Free text: the buyer's words or the operator's note.</param>
/// <param name="Actor">Who opens it; required for operator returns, "marketplace" when omitted for marketplace ones.</param>
public sealed record CreateReturnRequest(
    string? OrderId,
    string? Source,
    string? PlatformReturnId,
    IReadOnlyList<ReturnLineRequest?>? Lines,
    string? Reason,
    string? ReasonText,
    string? Actor)
{
    public const int MaxLines = 200;
    public const int MaxTextLength = 500;

    /// <summary>Checks the shape of the request; returns the errors by field, or the command.</summary>
    public Dictionary<string, string[]> Validate(string? requestId, out CreateReturn? command)
    {
        var errors = new Dictionary<string, string[]>();
        command = null;
        if (string.IsNullOrWhiteSpace(requestId) || !Codes.IsValidPlatformOrderId(requestId))
        {
            errors["Idempotency-Key"] = [$"A request id header (Idempotency-Key, 1-{Codes.MaxPlatformOrderIdLength} letters, digits, '.', '-' or '_') so a retry cannot open a second return."];
        }

        if (!GrainInterfaces.Keys.OrderId.TryParse(OrderId, out _))
        {
            errors["orderId"] = ["An order id ({channel}:{shop}:{platformOrderId})."];
        }

        var source = ReturnSource.Operator;
        if (Source is not null && (!Enum.TryParse(Source, ignoreCase: true, out source) || !Enum.IsDefined(source) || int.TryParse(Source, out _)))
        {
            errors["source"] = ["operator or marketplace."];
        }

        if (source == ReturnSource.Marketplace && !Codes.IsValidPlatformOrderId(PlatformReturnId))
        {
            errors["platformReturnId"] = [$"A marketplace return needs the platform's return id (1-{Codes.MaxPlatformOrderIdLength} letters, digits, '.', '-' or '_')."];
        }
        else if (source == ReturnSource.Operator && PlatformReturnId is not null)
        {
            errors["platformReturnId"] = ["Only marketplace returns carry a platform return id."];
        }

        var reason = ReturnReason.Other;
        if (Reason is null || !Enum.TryParse(Reason, ignoreCase: true, out reason) || !Enum.IsDefined(reason) || int.TryParse(Reason, out _))
        {
            errors["reason"] = [$"One of {string.Join(", ", Enum.GetNames<ReturnReason>())}."];
        }

        if (ReasonText is { Length: > MaxTextLength })
        {
            errors["reasonText"] = [$"At most {MaxTextLength} characters."];
        }

        if (source == ReturnSource.Operator && string.IsNullOrWhiteSpace(Actor))
        {
            errors["actor"] = ["Who opens the return."];
        }

        ValidateLines(errors);
        if (errors.Count > 0)
        {
            return errors;
        }

        command = new CreateReturn(
            OrderId!, requestId!, source, PlatformReturnId, [.. Lines!.Select(l => new ReturnLine(l!.Sku!, l.Quantity!.Value))],
            reason, string.IsNullOrWhiteSpace(ReasonText) ? null : ReasonText.Trim(),
            string.IsNullOrWhiteSpace(Actor) ? "marketplace" : Actor.Trim());
        return errors;
    }

    private void ValidateLines(Dictionary<string, string[]> errors)
    {
        if (Lines is null || Lines.Count is 0 or > MaxLines)
        {
            errors["lines"] = [$"1-{MaxLines} lines."];
            return;
        }

        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            if (line is null || !Codes.IsValidSku(line.Sku))
            {
                errors[$"lines[{i}].sku"] = ["A SKU code."];
            }

            if (line?.Quantity is not > 0)
            {
                errors[$"lines[{i}].quantity"] = ["A positive number of units."];
            }
        }

        var repeated = Lines.Where(l => l?.Sku is not null).GroupBy(l => l!.Sku).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            errors["lines"] = [$"SKU {repeated.Key} is on more than one line; give one line per SKU."];
        }
    }
}
