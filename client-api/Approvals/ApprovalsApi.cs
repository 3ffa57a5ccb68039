using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderActors.ClientApi.OperatorConsole;
using OrderActors.ClientApi.Orders;
using OrderActors.ClientApi.Security;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Approvals;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.ClientApi.Approvals;

/// <summary>
/// /api/approvals: the approval chain for shipments. Rules say which orders need a named approver before
/// "shipped" goes to the customer and the marketplace; approvers list what waits and decide.
/// </summary>
public static class ApprovalsApi
{
    public static IEndpointRouteBuilder MapApprovalsApi(this IEndpointRouteBuilder app)
    {
        var approvals = app.MapGroup("/api/approvals").WithTags("Approvals");
        approvals.MapGet("/rules", GetRules).RequireScope(Scopes.Read).WithSummary("The approval rules in force (first match wins) and who changed them.");
        approvals.MapPut("/rules", ReplaceRules).RequireScope(Scopes.RulesWrite).WithSummary("Replace the approval rules (by channel, warehouse, order value, or all); versioned with who and why.");
        approvals.MapGet("/", List).RequireScope(Scopes.Read).WithSummary("The approvals queue: shipments pending (default), approved or rejected, oldest first.");
        approvals.MapPost("/{orderId}/approve", Approve).RequireScope(Scopes.ApprovalsDecide).WithSummary("Confirm a held shipment; the order ships and the marketplace is told.");
        approvals.MapPost("/{orderId}/reject", Reject).RequireScope(Scopes.ApprovalsDecide).WithSummary("Refuse a held shipment with a comment; the order stays held until approved.");
        app.MapConsolePage("/console/approvals", "approvals.html", Scopes.Read);
        return app;
    }

    private static IApprovalRulesGrain Rules(IClusterClient cluster) => cluster.GetGrain<IApprovalRulesGrain>(OrleansNames.ApprovalRulesKey);

    private static async Task<Ok<ApprovalRules>> GetRules(IClusterClient cluster) => TypedResults.Ok(await Rules(cluster).Get());

    private static async Task<Results<Ok<ApprovalRules>, ValidationProblem>> ReplaceRules(ApprovalRulesRequest request, HttpContext context, IClusterClient cluster)
    {
        request = request with { Actor = Actors.Of(context, request.Actor) };
        var warehouses = (await cluster.GetGrain<IWarehouseDirectoryGrain>(OrleansNames.WarehouseDirectoryKey).List()).Select(w => w.Code).ToHashSet(StringComparer.Ordinal);
        var errors = OrdersApi.Required(("actor", request.Actor), ("reason", request.Reason));
        if (request.Rules is null || request.Rules.Any(r => r is null))
        {
            errors["rules"] = ["Give the list of rules (possibly empty: no shipment needs approval)."];
        }
        else
        {
            // A misspelt channel or warehouse would make a rule that never matches: refuse it here.
            for (var i = 0; i < request.Rules.Count; i++)
            {
                if (request.Rules[i]!.Channel is { Length: > 0 } channel && !SalesChannels.TryParse(channel, out _))
                {
                    errors[$"rules[{i}].channel"] = [$"Unknown channel '{channel}'. Known channels: {string.Join(", ", SalesChannels.Codes)}."];
                }

                if (request.Rules[i]!.Warehouse is { Length: > 0 } warehouse && !warehouses.Contains(warehouse))
                {
                    errors[$"rules[{i}].warehouse"] = [$"Unknown warehouse '{warehouse}'."];
                }
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The approval rules are not valid");
        }

        var rules = request.Rules!.Select(r => new ApprovalRuleView(r!.Name ?? "", r.Channel, r.Warehouse, r.MinOrderValueFen, [.. r.Approvers ?? []])).ToImmutableArray();
        var result = await Rules(cluster).Replace(rules, request.Actor!, request.Reason!);
        return result.Errors.IsDefaultOrEmpty
            ? TypedResults.Ok(result.Rules)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["rules"] = [.. result.Errors] }, title: "The approval rules are not valid");
    }

    private static async Task<Results<Ok<ImmutableArray<PendingApproval>>, ValidationProblem>> List(IClusterClient cluster, string? status, string? warehouse, int? limit)
    {
        var parsed = ApprovalStatus.Pending;
        if (status is not null && (!Enum.TryParse(status, ignoreCase: true, out parsed) || !Enum.IsDefined(parsed)))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["pending, approved or rejected."] });
        }

        if (limit is < 1 or > 1000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["1-1000."] });
        }

        return TypedResults.Ok(await cluster.GetGrain<IApprovalQueueGrain>(0).List(parsed, warehouse, limit ?? 100));
    }

    private static Task<Results<Ok<OrderView>, ProblemHttpResult, ValidationProblem>> Approve(string orderId, ApprovalDecisionRequest request, HttpContext context, IClusterClient cluster)
    {
        request = request with { Approver = Actors.Of(context, request.Approver) };
        return OrdersApi.Command(orderId, cluster, Lengths(request, OrdersApi.Required(("approver", request.Approver))), g => g.Approve(request.Approver!, request.Comment));
    }

    private static Task<Results<Ok<OrderView>, ProblemHttpResult, ValidationProblem>> Reject(string orderId, ApprovalDecisionRequest request, HttpContext context, IClusterClient cluster)
    {
        request = request with { Approver = Actors.Of(context, request.Approver) };
        return OrdersApi.Command(orderId, cluster, Lengths(request, OrdersApi.Required(("approver", request.Approver), ("comment", request.Comment))), g => g.Reject(request.Approver!, request.Comment!));
    }

    /// <summary>Names and comments go into the order's state and the audit table: bounded.</summary>
    private static Dictionary<string, string[]> Lengths(ApprovalDecisionRequest request, Dictionary<string, string[]> errors)
    {
        if (request.Approver?.Length > 64)
        {
            errors["approver"] = ["At most 64 characters."];
        }

        if (request.Comment?.Length > 1000)
        {
            errors["comment"] = ["At most 1000 characters."];
        }

        return errors;
    }
}

/// <summary>The whole rule list, in the order it is matched; <c>actor</c> and <c>reason</c> go into the audit.</summary>
public sealed record ApprovalRulesRequest(IReadOnlyList<ApprovalRuleRequest?>? Rules, string? Actor, string? Reason);

/// <summary>
/// One rule; every condition given must hold, none means every order. <c>minOrderValueFen</c> compares with the
/// order's goods value in fen; <c>approvers</c> empty means any approver.
/// </summary>
public sealed record ApprovalRuleRequest(string? Name, string? Channel, string? Warehouse, long? MinOrderValueFen, IReadOnlyList<string>? Approvers);

/// <summary>
/// Why, and (for API keys only) who decides; a comment is required to reject. A signed-in user is always the
/// approver: <c>approver</c> is ignored for them (see <see cref="Actors"/>).
/// </summary>
public sealed record ApprovalDecisionRequest(string? Approver, string? Comment);
