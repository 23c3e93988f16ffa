using Compliance.Rules.Engine;
using Compliance.Rules.Packs;

namespace Compliance.Cli.RuleTesting;

/// <summary>
/// Which enabled record rules of the run's pack the tests exercised both ways: a rule is covered when
/// it fired in at least one test and passed (applied without firing) in at least one test, so the
/// suite pins both sides of its condition, not only that it can fire.
/// </summary>
internal sealed class RuleCoverage
{
    private RuleCoverage(IReadOnlyList<RuleCoverageEntry> rules) => Rules = rules;

    /// <summary>One entry per enabled record rule, in pack order.</summary>
    public IReadOnlyList<RuleCoverageEntry> Rules { get; }

    public int Covered => Rules.Count(r => r.IsCovered);

    /// <summary>Covered rules as a percentage, for display (comparisons use <see cref="IsBelow"/>).</summary>
    public double Percent => Rules.Count == 0 ? 100 : Covered * 100.0 / Rules.Count;

    /// <summary>Whether coverage is below a percentage, compared exactly (covered × 100 &lt; threshold × rules), never rounded.</summary>
    public bool IsBelow(decimal thresholdPercent) => Covered * 100m < thresholdPercent * Rules.Count;

    public static RuleCoverage Of(RulePack pack, IReadOnlyList<RuleTestResult> results)
    {
        var entries = new List<RuleCoverageEntry>();
        foreach (var rule in pack.Rules.Where(r => r.Scope == RuleScope.Record && r.Enabled))
        {
            var firedIn = new List<string>();
            var passedIn = new List<string>();
            foreach (var result in results)
            {
                var verdict = result.Explanation?.Rules.FirstOrDefault(v => v.RuleId == rule.Id);
                if (result.Fired.Any(f => f.RuleId == rule.Id))
                {
                    firedIn.Add(result.Test.Name);
                }
                else if (verdict?.Status == RuleStatus.Passed)
                {
                    passedIn.Add(result.Test.Name);
                }
            }

            entries.Add(new RuleCoverageEntry(rule.Id, firedIn, passedIn));
        }

        return new RuleCoverage(entries);
    }
}
