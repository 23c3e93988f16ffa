using Compliance.Rules.Auditing;
using Compliance.Rules.Auditing.Tallies;

namespace Compliance.Cli.Reports;

/// <summary>
/// Rule errors as every report counts and lists them: the rules that failed on a record, and the
/// records the unit tallies could not count (tally defects), listed under the rule id
/// <see cref="TallyRuleId"/>. <c>--fail-on-rule-errors</c> counts both, so the report shows both
/// where its reader looks for what tripped the gate.
/// </summary>
internal static class RuleErrorCounts
{
    /// <summary>The rule id a tally defect is listed under (the unit audits' counting, not a rule of the pack).</summary>
    public const string TallyRuleId = "unitTally";

    /// <summary>Rule errors and tally defects together.</summary>
    public static long Total(AuditTotals totals, IReadOnlyList<TallyDefect> defects) => totals.RuleErrors + defects.Count;

    /// <summary>Rule errors by rule id, tally defects under <see cref="TallyRuleId"/> (ordinal order).</summary>
    public static IReadOnlyDictionary<string, long> ByRule(AuditTotals totals, IReadOnlyList<TallyDefect> defects)
    {
        if (defects.Count == 0)
        {
            return totals.RuleErrorsByRule;
        }

        var byRule = new SortedDictionary<string, long>(totals.RuleErrorsByRule.ToDictionary(), StringComparer.Ordinal);
        byRule[TallyRuleId] = byRule.GetValueOrDefault(TallyRuleId) + defects.Count;
        return byRule;
    }
}
