using Compliance.Rules.Auditing;
using Compliance.Rules.Engine;
using Compliance.Rules.Packs;

namespace Compliance.Cli.Baselines;

/// <summary>
/// This audit against the previous report, per (record, rule), per (incident, rule) and per (unit,
/// rule): each finding now is <c>new</c> or <c>unchanged</c> (with whether its severity moved); each
/// finding then is <c>resolved</c> when its record, incident or unit was evaluated again without it,
/// or <c>notReaudited</c> when its record, incident (or unit) is not in this input. Records and
/// incidents are observed as the audit streams them, so only the previous findings are held, not
/// this audit's records. Record and incident ids are separate id spaces.
/// </summary>
internal sealed class BaselineComparison
{
    private readonly Dictionary<string, List<BaselineFinding>> _byRecord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<BaselineFinding>> _byUnit = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reaudited = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<BaselineFinding>> _byIncident = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reauditedIncidents = new(StringComparer.Ordinal);
    private readonly List<BaselineFinding> _resolved = [];
    private readonly List<BaselineFinding> _notReaudited = [];
    private Dictionary<string, FindingChange> _current = [];

    public BaselineComparison(BaselineReport report, RulePack pack)
    {
        Report = report;
        SamePack = string.Equals(report.PackSha256, pack.Sha256, StringComparison.Ordinal);
        foreach (var finding in report.RecordFindings)
        {
            Add(_byRecord, finding.CrimeRecordId!, finding);
        }

        foreach (var finding in report.UnitFindings)
        {
            Add(_byUnit, finding.UnitId!, finding);
        }

        foreach (var finding in report.IncidentFindings)
        {
            Add(_byIncident, finding.IncidentId!, finding);
        }
    }

    public BaselineReport Report { get; }

    /// <summary>Whether both audits ran the same pack and policy (same sha256); when not, a change may come from the rules rather than the records.</summary>
    public bool SamePack { get; }

    public long New { get; private set; }

    public long Unchanged { get; private set; }

    public long SeverityChanged { get; private set; }

    /// <summary>Previous findings whose record or unit was evaluated again without them, in input order.</summary>
    public IReadOnlyList<BaselineFinding> Resolved => _resolved;

    /// <summary>Previous findings whose record or unit is absent from this input (known once the audit completes).</summary>
    public IReadOnlyList<BaselineFinding> NotReaudited => _notReaudited;

    /// <summary>Compares one evaluated record; its findings' changes are then given by <see cref="ChangeOf"/>.</summary>
    public void Observe(AuditedRecord record) =>
        Observe(_reaudited.Add(record.Evaluation.CrimeRecordId) && _byRecord.TryGetValue(record.Evaluation.CrimeRecordId, out var previous) ? previous : [], record.Evaluation.Findings);

    /// <summary>Compares one evaluated incident, per (incidentId, ruleId); its findings' changes are then given by <see cref="ChangeOf"/>.</summary>
    public void Observe(AuditedIncident incident) =>
        Observe(_reauditedIncidents.Add(incident.Evaluation.IncidentId) && _byIncident.TryGetValue(incident.Evaluation.IncidentId, out var previous) ? previous : [], incident.Evaluation.Findings);

    /// <summary>The change of a finding of the record or incident last observed.</summary>
    public FindingChange ChangeOf(Finding finding) => _current.TryGetValue(finding.RuleId, out var change) ? change : FindingChange.New;

    /// <summary>The change of a unit finding (valid after <see cref="Complete"/>).</summary>
    public FindingChange ChangeOf(string unitId, Finding finding) =>
        _byUnit.TryGetValue(unitId, out var before) && before.FirstOrDefault(b => b.RuleId == finding.RuleId) is { } then
            ? new FindingChange(false, then.Severity)
            : FindingChange.New;

    /// <summary>Compares the unit findings and lists what was not audited again.</summary>
    public void Complete(IReadOnlyList<UnitAuditResult> units)
    {
        var now = units.ToDictionary(u => u.UnitId, StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var finding in unit.Findings)
            {
                Count(_byUnit.TryGetValue(unit.UnitId, out var before) ? before.FirstOrDefault(b => b.RuleId == finding.RuleId) : null, finding);
            }
        }

        _notReaudited.AddRange(Report.RecordFindings.Where(f => !_reaudited.Contains(f.CrimeRecordId!)));
        _notReaudited.AddRange(Report.IncidentFindings.Where(f => !_reauditedIncidents.Contains(f.IncidentId!)));
        foreach (var finding in Report.UnitFindings)
        {
            if (!now.TryGetValue(finding.UnitId!, out var unit))
            {
                _notReaudited.Add(finding);
            }
            else if (!unit.Findings.Any(f => f.RuleId == finding.RuleId))
            {
                _resolved.Add(finding);
            }
        }
    }

    private void Observe(List<BaselineFinding> before, IReadOnlyList<Finding> findings)
    {
        _current = [];
        foreach (var finding in findings)
        {
            _current[finding.RuleId] = Count(before.FirstOrDefault(b => b.RuleId == finding.RuleId), finding);
        }

        _resolved.AddRange(before.Where(b => !_current.ContainsKey(b.RuleId)));
    }

    private FindingChange Count(BaselineFinding? before, Finding now)
    {
        if (before is null)
        {
            New++;
            return FindingChange.New;
        }

        Unchanged++;
        SeverityChanged += before.Severity != now.Severity ? 1 : 0;
        return new FindingChange(false, before.Severity);
    }

    private static void Add(Dictionary<string, List<BaselineFinding>> index, string key, BaselineFinding finding)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(finding);
    }
}
