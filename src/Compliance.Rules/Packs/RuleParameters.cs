using System.Linq.Expressions;
using System.Reflection;
using Compliance.Rules.Expressions;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Packs;

/// <summary>
/// Finds, when a pack loads, the parameters each rule reads (<see cref="RuleInfo.Parameters"/>): in the
/// parsed trees of a record rule's expressions, never in their text (a parameter whose name is part of
/// another's, or appears in a string literal, is not mistaken for a use).
/// </summary>
internal static class RuleParameters
{
    /// <summary>The rules, each with its parameters in the order the pack declares them.</summary>
    /// <param name="rules">The rules as read.</param>
    /// <param name="expressions">Their parsed expressions (record rules).</param>
    /// <param name="declarations">The pack's parameters.</param>
    /// <returns>The rules with <see cref="RuleInfo.Parameters"/> set.</returns>
    public static IReadOnlyList<RuleInfo> Attach(IReadOnlyList<RuleInfo> rules, IReadOnlyList<RuleExpressions> expressions, IReadOnlyList<ParameterDeclaration> declarations)
    {
        var byRule = expressions.ToDictionary(e => e.RuleId, StringComparer.Ordinal);
        return rules.Select(rule =>
        {
            IEnumerable<string> used = rule.Scope == RuleScope.Unit
                ? UnitRuleParameters.Of(rule.Id)
                : byRule.TryGetValue(rule.Id, out var parsed) ? Used(parsed) : [];
            var names = used.ToHashSet(StringComparer.Ordinal);
            return rule with { Parameters = [.. declarations.Select(d => d.Name).Where(names.Contains)] };
        }).ToArray();
    }

    /// <summary>
    /// The parameters the rule's expressions use: the pack parameters they name (bound as typed
    /// parameters at parse time, so each use is a node of the tree — the very node the expression
    /// declared, which a lambda's own variable of the same name is not), and those read by the
    /// vocabulary members they call (<see cref="ReadsParametersAttribute"/>).
    /// </summary>
    private static IEnumerable<string> Used(RuleExpressions rule)
    {
        var finder = new UseFinder();
        var parsed = new[] { rule.GoverningInstant, rule.InForce, rule.Condition }
            .Concat(rule.Requirements.Select(r => r.When))
            .Concat(rule.Escalations.Select(e => e.When))
            .Concat(rule.Evidence.Select(e => e.Expression))
            .OfType<ParsedExpression>();
        foreach (var expression in parsed)
        {
            finder.Find(expression);
        }

        return finder.Names;
    }

    private sealed class UseFinder : ExpressionVisitor
    {
        private HashSet<ParameterExpression> _declared = [];

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public void Find(ParsedExpression expression)
        {
            _declared = [.. expression.Parameters];
            Visit(expression.Body);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (_declared.Contains(node) && node.Name is { } name)
            {
                Names.Add(name);
            }

            return node;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            AddReadBy(node.Member);
            return base.VisitMember(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            AddReadBy(node.Method);
            return base.VisitMethodCall(node);
        }

        private void AddReadBy(MemberInfo member)
        {
            if (member.DeclaringType == typeof(RecordFacts) && member.GetCustomAttribute<ReadsParametersAttribute>() is { } reads)
            {
                Names.UnionWith(reads.Names);
            }
        }
    }
}
