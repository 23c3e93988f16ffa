using Compliance.Rules.Hosting.Contracts;
using Compliance.Rules.Packs;

namespace Compliance.Server.Api;

/// <summary>The rules of a pack in the shapes of <c>GET /v1/rules</c> and <c>GET /v1/rules/{id}</c>.</summary>
internal static class RuleCatalog
{
    public static RuleList List(RulePack pack, RulePackIdentity identity) =>
        new(identity, pack.Rules.Select(rule => Summary(pack, rule)).ToArray());

    public static RuleDetail? Show(RulePack pack, RulePackIdentity identity, string id)
    {
        if (pack.FindRule(id) is not { } rule)
        {
            return null;
        }

        var summary = Summary(pack, rule);
        var values = pack.Parameters
            .Where(p => summary.Parameters.Contains(p.Name, StringComparer.Ordinal))
            .ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        return new RuleDetail(
            identity, summary.Id, summary.Scope, summary.Enabled, summary.Severity, summary.Title, summary.Citation,
            summary.Parameters, summary.Timelines, rule.Description, rule.AppliesWhen, rule.Condition, values);
    }

    /// <summary>
    /// A rule's summary. Parameters: those the pack found in the rule's expressions when it loaded; an
    /// incident rule's logic is built in, so it lists the incident rules' parameters.
    /// </summary>
    private static RuleSummary Summary(RulePack pack, RuleInfo rule) =>
        new(
            rule.Id,
            rule.Scope.ToString().ToLowerInvariant(),
            rule.Enabled,
            rule.Severity,
            rule.Title,
            rule.Citation,
            rule.Scope == RuleScope.Incident
                ? [.. pack.Parameters.Select(p => p.Name).Where(IncidentRuleIds.ParameterNames.Contains)]
                : rule.Parameters,
            rule.Timelines);
}
