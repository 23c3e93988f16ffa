using System.Linq.Expressions;
using Compliance.Rules.Expressions;

namespace Compliance.Rules.Packs;

/// <summary>Finds, when a pack loads, the parameters each rule reads (<see cref="RuleInfo.Parameters"/>).</summary>
internal static class RuleParameters
{
    /// <summary>The rules with their parameters; the order of the pack's declarations.</summary>
    public static IReadOnlyList<RuleInfo> Attach(IReadOnlyList<RuleInfo> rules, IReadOnlyList<RuleExpressions> expressions, IReadOnlyList<ParameterDeclaration> declarations)
    {
        var byRule = expressions.ToDictionary(e => e.RuleId, StringComparer.Ordinal);
        return rules.Select(rule =>
        {
            IEnumerable<string> used = rule.Scope == RuleScope.Unit
                ? UnitRuleParameters(rule.Id, declarations)
                : byRule.TryGetValue(rule.Id, out var parsed) ? Used(parsed) : [];
            var names = used.ToHashSet(StringComparer.Ordinal);
            return rule with { Parameters = declarations.Select(d => d.Name).Where(names.Contains).ToArray() };
        }).ToArray();
    }

    /// <summary>
    /// The names of the parameter nodes in the rule's parsed expressions (pack parameters are bound
    /// as typed parameters at parse time, so each use is a node; lambda variables are filtered out by
    /// the caller, which keeps only declared names). The parser's own list of used parameters names
    /// every declared one, so the trees are read instead.
    /// </summary>
    private static IEnumerable<string> Used(RuleExpressions rule)
    {
        var finder = new ParameterNames();
        foreach (var expression in new[] { rule.AppliesWhen, rule.Condition }
            .Concat(rule.Escalations.Select(e => e.When))
            .Concat(rule.Evidence.Select(e => e.Expression))
            .OfType<ParsedExpression>())
        {
            finder.Visit(expression.Body);
        }

        return finder.Names;
    }

    /// <summary>A unit rule's logic is built in; its parameters are named after it (<c>audit002MinRapeRecords</c> for AUDIT-002).</summary>
    private static IEnumerable<string> UnitRuleParameters(string ruleId, IReadOnlyList<ParameterDeclaration> declarations) =>
        ruleId.StartsWith("AUDIT-", StringComparison.Ordinal)
            ? declarations.Select(d => d.Name).Where(n => n.StartsWith("audit" + ruleId["AUDIT-".Length..], StringComparison.OrdinalIgnoreCase))
            : [];

    private sealed class ParameterNames : ExpressionVisitor
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (node.Name is { } name)
            {
                Names.Add(name);
            }

            return node;
        }
    }
}
