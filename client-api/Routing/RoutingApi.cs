using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderActors.ClientApi.OperatorConsole;
using OrderActors.ClientApi.Security;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Routing;

namespace OrderActors.ClientApi.Routing;

/// <summary>/api/routing: rule versions, activation, network-wide windows, rule tests before go-live.</summary>
public static class RoutingApi
{
    public static IEndpointRouteBuilder MapRoutingApi(this IEndpointRouteBuilder app)
    {
        var routing = app.MapGroup("/api/routing").WithTags("Routing");
        routing.MapGet("/rules", ListRules).RequireScope(Scopes.Read).WithSummary("The active rule version and every saved version.");
        routing.MapGet("/rules/{version:int}", GetRules).RequireScope(Scopes.Read).WithSummary("One rule version.");
        routing.MapPost("/rules", SaveDraft).RequireScope(Scopes.RulesWrite).WithSummary("Save a draft as the next version (not active until activated).");
        routing.MapPost("/rules/{version:int}/activate", Activate).RequireScope(Scopes.RulesWrite).WithSummary("Make a version live; logged with who and why.");
        routing.MapGet("/activations", Activations).RequireScope(Scopes.Read).WithSummary("Who activated which version, when.");
        routing.MapGet("/network-wide", GetNetworkWide).RequireScope(Scopes.Read).WithSummary("Network-wide fulfilment windows (promotions).");
        routing.MapPut("/network-wide", SetNetworkWide).RequireScope(Scopes.RulesWrite).WithSummary("Replace the network-wide fulfilment windows.");
        routing.MapPost("/rule-tests", Test).RequireScope(Scopes.RulesWrite)
            .WithSummary("Route orders (given, or the last N routed) under the active rules and a draft, reserving nothing, and compare.");
        app.MapConsolePage("/console/rules", "rules.html", Scopes.Read);
        return app;
    }

    private static IRoutingRulesGrain Rules(IClusterClient cluster) => cluster.GetGrain<IRoutingRulesGrain>(OrleansNames.RoutingRulesKey);

    private static async Task<Ok<RulesOverview>> ListRules(IClusterClient cluster) =>
        TypedResults.Ok(new RulesOverview((await Rules(cluster).GetActive()).Version, await Rules(cluster).List()));

    private static async Task<Results<Ok<RoutingRules>, ProblemHttpResult>> GetRules(int version, IClusterClient cluster) =>
        await Rules(cluster).Get(version) is { } rules ? TypedResults.Ok(rules) : Problems.NotFound($"Rule version {version}");

    private static async Task<Results<Created<RoutingRules>, ValidationProblem>> SaveDraft(RulesDraftRequest request, HttpContext context, IClusterClient cluster)
    {
        request = request with { Actor = Actors.Of(context, request.Actor) };
        var errors = Validate(request.Rules, "rules");
        if (string.IsNullOrWhiteSpace(request.Actor))
        {
            errors["actor"] = ["Who saves the draft."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The rule set is not valid");
        }

        var result = await Rules(cluster).SaveDraft(request.Rules!.ToDraft(), request.Actor!);
        return result.Rules is { } rules
            ? TypedResults.Created($"/api/routing/rules/{rules.Version}", rules)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["rules"] = [.. result.Problems] }, title: "The rule set is not valid");
    }

    private static async Task<Results<Ok<RoutingRules>, ProblemHttpResult, ValidationProblem>> Activate(int version, ActivateRequest request, HttpContext context, IClusterClient cluster)
    {
        request = request with { Actor = Actors.Of(context, request.Actor) };
        if (string.IsNullOrWhiteSpace(request.Actor))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["actor"] = ["Who activates the version."] });
        }

        var result = await Rules(cluster).Activate(version, request.Actor, request.Note);
        return result.Succeeded
            ? TypedResults.Ok((await Rules(cluster).Get(version))!)
            : Problems.Of(StatusCodes.Status404NotFound, "NotFound", result.Problem!);
    }

    private static async Task<Ok<ImmutableArray<RuleActivation>>> Activations(IClusterClient cluster) =>
        TypedResults.Ok(await Rules(cluster).Activations());

    private static async Task<Ok<ImmutableArray<NetworkWideWindow>>> GetNetworkWide(IClusterClient cluster) =>
        TypedResults.Ok(await Rules(cluster).GetNetworkWide());

    private static async Task<Results<Ok<ImmutableArray<NetworkWideWindow>>, ValidationProblem>> SetNetworkWide(NetworkWideRequest request, HttpContext context, IClusterClient cluster)
    {
        request = request with { Actor = Actors.Of(context, request.Actor) };
        if (string.IsNullOrWhiteSpace(request.Actor) || request.Windows is null || request.Windows.Any(w => w is null))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["windows"] = ["Give actor and the list of windows (possibly empty)."] });
        }

        var result = await Rules(cluster).SetNetworkWide([.. request.Windows], request.Actor);
        return result.Succeeded
            ? TypedResults.Ok(await Rules(cluster).GetNetworkWide())
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["windows"] = [result.Problem!] });
    }

    private static async Task<Results<Ok<RuleTestResult>, ValidationProblem>> Test(RuleTestHttpRequest request, IClusterClient cluster)
    {
        var errors = request.Draft is null ? [] : Validate(request.Draft, "draft");
        if (request.Draft is null && request.DraftVersion is null)
        {
            errors["draft"] = ["Give a draft rule set or a draftVersion."];
        }

        if ((request.Orders is null || request.Orders.Count == 0) && request.LastOrders is not > 0)
        {
            errors["orders"] = ["The order set is empty: give orders, or lastOrders (1-10000)."];
        }

        if (request.Orders?.Any(o => o is null || string.IsNullOrWhiteSpace(o.Province) || o.Lines is null || o.Lines.Count == 0) == true)
        {
            errors["orders"] = ["Each order needs a province and at least one line."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The rule test is not valid");
        }

        var orders = (request.Orders ?? []).Select(o => new RuleTestOrder(o.OrderId, o.Province!, o.City, [.. o.Lines!.Select(l => new OrderLine(l.Sku ?? string.Empty, l.Quantity, 0))])).ToImmutableArray();
        var result = await cluster.GetGrain<IRouterGrain>(0).Test(new RuleTestRequest(request.Draft?.ToDraft(), request.DraftVersion, orders, request.LastOrders ?? 0));
        return result.Problems.IsEmpty
            ? TypedResults.Ok(result)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ruleTest"] = [.. result.Problems] }, title: "The rule test is not valid");
    }

    private static Dictionary<string, string[]> Validate(RulesBody? rules, string prefix)
    {
        var errors = new Dictionary<string, string[]>();
        if (rules is null)
        {
            errors[prefix] = ["Required."];
            return errors;
        }

        if (rules.Criteria is null || rules.Criteria.Count == 0)
        {
            errors[$"{prefix}.criteria"] = ["List the criteria in order, e.g. [\"SameCity\", \"SameProvince\", \"LowestCost\"]."];
        }

        if (rules.ServiceAreas?.Any(a => a.Value is null) == true)
        {
            errors[$"{prefix}.serviceAreas"] = ["Each warehouse maps to a list of provinces or cities."];
        }

        return errors;
    }
}

/// <summary>A rule set in a request. Omitted switches default to the safe choice (filters on, 2 packages, no transfer).</summary>
public sealed record RulesBody(
    IReadOnlyList<string>? Criteria,
    bool? ServiceAreaFilter,
    bool? FrozenCellFilter,
    int? MaxPackages,
    bool? AllowTransfer,
    int? TransferDays,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? ServiceAreas,
    string? Note)
{
    public RoutingRulesDraft ToDraft() => new(
        [.. Criteria ?? []],
        ServiceAreaFilter ?? true,
        FrozenCellFilter ?? true,
        MaxPackages ?? 2,
        AllowTransfer ?? false,
        TransferDays ?? 2,
        (ServiceAreas ?? new Dictionary<string, IReadOnlyList<string>>()).ToImmutableDictionary(a => a.Key, a => a.Value.ToImmutableArray()),
        Note);
}

public sealed record RulesDraftRequest(RulesBody? Rules, string? Actor);

public sealed record ActivateRequest(string? Actor, string? Note);

public sealed record NetworkWideRequest(IReadOnlyList<NetworkWideWindow>? Windows, string? Actor);

public sealed record RulesOverview(int ActiveVersion, ImmutableArray<RoutingRules> Versions);

public sealed record RuleTestLine(string? Sku, int Quantity);

public sealed record RuleTestOrderRequest(string? OrderId, string? Province, string? City, IReadOnlyList<RuleTestLine>? Lines);

/// <summary>A draft (inline, or a saved draftVersion) and the orders to try it on (inline, or lastOrders routed orders).</summary>
public sealed record RuleTestHttpRequest(RulesBody? Draft, int? DraftVersion, IReadOnlyList<RuleTestOrderRequest>? Orders, int? LastOrders);
