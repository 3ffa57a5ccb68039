namespace OrderActors.Domain.Approvals;

/// <summary>Picks the rule that makes an order's shipment need approval: the first that covers it, in the operator's order.</summary>
public static class ApprovalPolicy
{
    public static ApprovalRule? Match(IEnumerable<ApprovalRule> rules, ApprovalSubject order) => rules.FirstOrDefault(r => r.Covers(order));

    /// <summary>Errors in a rule set as an operator wrote it (empty when valid).</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<ApprovalRule> rules)
    {
        var errors = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (string.IsNullOrWhiteSpace(rule.Name) || rule.Name.Length > 64)
            {
                errors.Add($"rules[{i}].name: 1-64 characters.");
            }
            else if (!names.Add(rule.Name))
            {
                errors.Add($"rules[{i}].name: '{rule.Name}' is used twice.");
            }

            if (rule.MinOrderValueFen is < 0)
            {
                errors.Add($"rules[{i}].minOrderValueFen: must not be negative.");
            }

            if (!rule.Approvers.IsDefault && rule.Approvers.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add($"rules[{i}].approvers: names must not be blank.");
            }
        }

        return errors;
    }
}
