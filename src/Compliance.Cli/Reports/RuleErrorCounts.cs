using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;

namespace Compliance.Cli.Reports;

/// <summary>
/// Rule errors as every report counts and lists them: the rules that failed on a record or an
/// incident (an incident rule fails when a record linked to the incident was rejected), and the
/// records the unit tallies could not count (tally defects), listed under the rule id
/// <see cref="TallyRuleId"/>. <c>--fail-on-rule-errors</c> counts all of them, so the report shows
/// them where its reader looks for what tripped the gate.
/// </summary>
internal static class RuleErrorCounts
{
    /// <summary>The rule id a tally defect is listed under (the unit audits' counting, not a rule of the pack).</summary>
    public const string TallyRuleId = "unitTally";

    /// <summary>What a tally defect is about, as the lists name it: the record's id, or <c>incident INC-1</c>.</summary>
    public static string DefectSubject(Rules.Auditing.Tallies.TallyDefect defect) =>
        defect.IncidentId is { } incidentId ? $"incident {incidentId}" : defect.CrimeRecordId;

    /// <summary>Rule errors (records and incidents) and tally defects together.</summary>
    public static long Total(AuditSummary result) => result.Totals.RuleErrors + result.TallyDefects.Count + IncidentErrors(result).Sum(e => e.Value);

    /// <summary>Rule errors by rule id, tally defects under <see cref="TallyRuleId"/> (ordinal order).</summary>
    public static IReadOnlyDictionary<string, long> ByRule(AuditSummary result)
    {
        var incidents = IncidentErrors(result).ToArray();
        if (result.TallyDefects.Count == 0 && incidents.Length == 0)
        {
            return result.Totals.RuleErrorsByRule;
        }

        var byRule = new SortedDictionary<string, long>(result.Totals.RuleErrorsByRule.ToDictionary(), StringComparer.Ordinal);
        if (result.TallyDefects.Count > 0)
        {
            byRule[TallyRuleId] = byRule.GetValueOrDefault(TallyRuleId) + result.TallyDefects.Count;
        }

        foreach (var (ruleId, count) in incidents)
        {
            byRule[ruleId] = byRule.GetValueOrDefault(ruleId) + count;
        }

        return byRule;
    }

    private static IEnumerable<KeyValuePair<string, long>> IncidentErrors(AuditSummary result) =>
        (result.Incidents?.Rules ?? new Dictionary<string, IReadOnlyDictionary<RuleStatus, long>>())
            .Select(r => KeyValuePair.Create(r.Key, r.Value.GetValueOrDefault(RuleStatus.Error)))
            .Where(r => r.Value > 0);
}
