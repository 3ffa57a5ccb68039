using System.Collections.Frozen;

namespace OrderActors.ClientApi.Security;

/// <summary>The console roles and the scopes each one holds (docs/security.md has the table).</summary>
public static class Roles
{
    public const string CustomerService = "customer-service";
    public const string Approver = "approver";
    public const string Operator = "operator";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [CustomerService, Approver, Operator, Admin];

    private static readonly FrozenDictionary<string, IReadOnlyList<string>> ScopesByRole = new Dictionary<string, IReadOnlyList<string>>
    {
        [CustomerService] = [Scopes.Read, Scopes.Notes],
        [Approver] = [Scopes.Read, Scopes.Notes, Scopes.ApprovalsDecide],
        [Operator] =
        [
            Scopes.Read, Scopes.Notes, Scopes.OrdersWrite, Scopes.InventoryWrite, Scopes.RulesWrite, Scopes.ChannelsWrite,
            Scopes.CatalogWrite, Scopes.FulfilmentWrite, Scopes.Dashboard,
        ],
        [Admin] = Scopes.All,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsRole(string? role) => role is not null && ScopesByRole.ContainsKey(role);

    /// <summary>The scopes of <paramref name="role"/>; none for an unknown role.</summary>
    public static IReadOnlyList<string> ScopesOf(string role) => ScopesByRole.GetValueOrDefault(role, []);
}
