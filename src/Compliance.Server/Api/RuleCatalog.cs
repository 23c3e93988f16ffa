using Compliance.Rules.Hosting.Contracts;
using Compliance.Rules.Packs;

namespace Compliance.Server.Api;

/// <summary>The rules of a pack in the shapes of <c>GET /v1/rules</c> and <c>GET /v1/rules/{id}</c>.</summary>
internal static class RuleCatalog
{
    /// <summary>Record rules are governed by the counting-rules edition in force for the record; unit rules by none.</summary>
    private static readonly string[] RecordTimelines = ["countingRules"];

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

    private static RuleSummary Summary(RulePack pack, RuleInfo rule)
    {
        var expressions = string.Join(' ', new[] { rule.AppliesWhen, rule.Condition }.Concat(rule.Escalations.Select(e => e.When)));
        var parameters = pack.Parameters.Where(p => UsesIdentifier(expressions, p.Name)).Select(p => p.Name).ToArray();
        return new RuleSummary(
            rule.Id,
            rule.Scope.ToString().ToLowerInvariant(),
            rule.Enabled,
            rule.Severity,
            rule.Title,
            rule.Citation,
            parameters,
            rule.Scope switch { RuleScope.Record => RecordTimelines, RuleScope.Incident => [.. rule.Timelines], _ => [] });
    }

    /// <summary>Whether an expression names an identifier as a whole word (a parameter named <c>days</c> is not in <c>surveyDays</c>).</summary>
    private static bool UsesIdentifier(string text, string identifier)
    {
        var index = 0;
        while ((index = text.IndexOf(identifier, index, StringComparison.Ordinal)) >= 0)
        {
            var end = index + identifier.Length;
            var before = index == 0 || !IsIdentifierChar(text[index - 1]);
            var after = end == text.Length || !IsIdentifierChar(text[end]);
            if (before && after)
            {
                return true;
            }

            index = end;
        }

        return false;
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
