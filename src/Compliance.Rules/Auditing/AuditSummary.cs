using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Engine;
using Compliance.Rules.Records;

namespace Compliance.Rules.Auditing;

/// <summary>
/// The end of a <see cref="ComplianceAudit"/>: the totals of its records, the unit audits, the
/// monitoring series and alerts, the incidents' summary when the audit had incidents, and the
/// figures every report shows (findings of records, incidents and units by severity and rule, the
/// units that stand out).
/// </summary>
public sealed class AuditSummary
{
    private readonly long[] _findingsBySeverity;

    internal AuditSummary(AuditTotals totals, IReadOnlyList<UnitAuditResult> units, IReadOnlyList<TallyDefect> tallyDefects, MonitorResult monitoring, IncidentAuditSummary? incidents = null)
    {
        Totals = totals;
        Units = units;
        TallyDefects = tallyDefects;
        Monitoring = monitoring;
        Incidents = incidents;
        _findingsBySeverity = Enum.GetValues<Severity>().Select(s => totals.RecordFindings(s) + IncidentFindings(s)).ToArray();
        var byRule = new SortedDictionary<string, long>(totals.RecordFindingsByRule.ToDictionary(), StringComparer.Ordinal);
        foreach (var (ruleId, coverage) in incidents?.Rules ?? new Dictionary<string, IReadOnlyDictionary<RuleStatus, long>>())
        {
            if (coverage.GetValueOrDefault(RuleStatus.Fired) is > 0 and var fired)
            {
                byRule[ruleId] = byRule.GetValueOrDefault(ruleId) + fired;
            }
        }

        foreach (var finding in units.SelectMany(u => u.Findings))
        {
            _findingsBySeverity[(int)finding.Severity]++;
            UnitFindings++;
            byRule[finding.RuleId] = byRule.GetValueOrDefault(finding.RuleId) + 1;
        }

        FindingsByRule = byRule;
    }

    /// <summary>Counts of the input: read, evaluated, rejected, record findings, rule errors, rule coverage.</summary>
    public AuditTotals Totals { get; }

    /// <summary>Unit audit results, ordered by unit id.</summary>
    public IReadOnlyList<UnitAuditResult> Units { get; }

    /// <summary>
    /// Records the unit tallies or the monitoring series could not count (each was still evaluated and
    /// reported): the tallies' in input order, then the series' in input order.
    /// </summary>
    public IReadOnlyList<TallyDefect> TallyDefects { get; }

    /// <summary>The unit series over time and the detectors' alerts.</summary>
    public MonitorResult Monitoring { get; }

    /// <summary>
    /// What the incident side of the audit found (incidents read, evaluated and rejected, links,
    /// incident findings by severity, incident rule coverage); null when the audit had no incidents.
    /// </summary>
    public IncidentAuditSummary? Incidents { get; }

    /// <summary>Unit findings (AUDIT-*), over every unit.</summary>
    public long UnitFindings { get; }

    /// <summary>Findings of records, incidents and units by rule id (ordinal order).</summary>
    public IReadOnlyDictionary<string, long> FindingsByRule { get; }

    /// <summary>The most serious finding of the audit, records, incidents and units; null when there is none.</summary>
    public Severity? HighestSeverity => Enum.GetValues<Severity>().Where(s => _findingsBySeverity[(int)s] > 0).Cast<Severity?>().LastOrDefault();

    /// <summary>Findings of records, incidents and units of one severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The count.</returns>
    public long Findings(Severity severity) => _findingsBySeverity[(int)severity];

    /// <summary>Incident findings of one severity (0 without incidents).</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The count.</returns>
    public long IncidentFindings(Severity severity) => Incidents?.FindingsBySeverity.GetValueOrDefault(severity) ?? 0;

    /// <summary>Units with at least one finding, the most serious first, then by the number of findings, then by id.</summary>
    public IEnumerable<UnitAuditResult> UnitsThatStandOut => Units
        .Where(u => u.Findings.Count > 0)
        .OrderByDescending(u => u.Findings.Max(f => f.Severity))
        .ThenByDescending(u => u.Findings.Count)
        .ThenBy(u => u.UnitId, StringComparer.Ordinal);
}
