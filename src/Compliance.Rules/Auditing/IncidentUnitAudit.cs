using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Engine;
using Compliance.Rules.Incidents.Evaluation;
using Compliance.Rules.Packs;

namespace Compliance.Rules.Auditing;

/// <summary>
/// AUDIT-007, crime-indicative incidents left unanswered, per incident unit (<c>owningUnit.unitId</c>
/// of the incident logs): of a unit's closed crime-indicative incidents, the share on which
/// INCIDENT-001, 002 or 003 fired, against a baseline — the policy's <c>incidentBenchmark</c>, else
/// the other units of its type (at least two, holding at least <c>audit007MinIncidents</c> such
/// incidents), else every other unit. A unit that stops recording looks worse here, not cleaner.
/// Holds counts per unit only; pure: the same evaluations give the same result.
/// </summary>
public sealed class IncidentUnitAudit
{
    /// <summary>Why AUDIT-007 is not assessed in an audit of crime records alone.</summary>
    public const string NoIncidentsInput = "no incidents input";

    private const string RuleId = "AUDIT-007";

    private readonly SortedDictionary<string, Tally> _units = new(StringComparer.Ordinal);

    /// <summary>Counts one evaluated incident for its unit.</summary>
    /// <param name="evaluation">The incident's evaluation.</param>
    public void Add(IncidentEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var unitId = UnitIds.Of(evaluation.UnitId);
        if (!_units.TryGetValue(unitId, out var tally))
        {
            _units[unitId] = tally = new Tally(unitId);
        }

        tally.Incidents++;
        if (evaluation.UnitType is { } type)
        {
            tally.Types[type] = tally.Types.GetValueOrDefault(type) + 1;
        }

        if (evaluation.IsClosed && evaluation.IsCrimeIndicative)
        {
            tally.ClosedIndicative++;
            tally.Unanswered += evaluation.IsUnanswered ? 1 : 0;
        }
    }

    /// <summary>Audits every incident unit counted.</summary>
    /// <param name="pack">The pack (AUDIT-007's severity, enablement, message and thresholds).</param>
    /// <returns>One result per incident unit, ordered by unit id (empty when the pack disables AUDIT-007 or lacks it).</returns>
    public IReadOnlyList<UnitAuditResult> Run(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        if (pack.Rules.FirstOrDefault(r => r.Scope == RuleScope.Unit && r.Id == RuleId) is not { Enabled: true } rule)
        {
            return [];
        }

        var minIncidents = pack.Parameter<int>("audit007MinIncidents");
        var multiple = pack.Parameter<double>("audit007RateMultiple");
        var maxP = pack.Parameter<double>("audit007MaxPValue");
        var benchmark = pack.Parameters.FirstOrDefault(p => p.Name == "incidentBenchmark")?.Value as double?;
        var confidence = pack.Parameter<double>("auditConfidence");
        var units = _units.Values.ToArray();
        return [.. units.Select(unit =>
        {
            var metrics = new OrderedEvidence(
                ["incidents", "closedCrimeIndicativeIncidents", "unansweredIncidents", "unansweredIncidentRate"],
                [unit.Incidents, unit.ClosedIndicative, unit.Unanswered, UnitAuditor.Rate(unit.Unanswered, unit.ClosedIndicative)]);
            if (unit.ClosedIndicative < minIncidents)
            {
                return new UnitAuditResult(unit.UnitId, metrics, [], [new NotAssessed(RuleId, $"{unit.ClosedIndicative} closed crime-indicative incidents; at least {minIncidents} are needed")]);
            }

            if (BaselineOf(unit, units, minIncidents, benchmark) is not { } baseline)
            {
                return new UnitAuditResult(unit.UnitId, metrics, [], [new NotAssessed(RuleId, "no baseline: no other unit has closed crime-indicative incidents and the policy sets no incidentBenchmark")]);
            }

            var (fires, excess) = UnitAuditor.Excess(unit.Unanswered, unit.ClosedIndicative, baseline, multiple, maxP, confidence);
            if (!fires)
            {
                return new UnitAuditResult(unit.UnitId, metrics, [], []);
            }

            (string Name, object? Value)[] items = [("incidents", unit.ClosedIndicative), ("unanswered", unit.Unanswered), .. excess];
            var evidence = new OrderedEvidence([.. items.Select(e => e.Name)], [.. items.Select(e => e.Value)]);
            return new UnitAuditResult(unit.UnitId, metrics, [new Finding(rule.Id, rule.Severity, EvidenceFormatter.FillMessage(rule.Message, evidence), rule.Citation, evidence)], []);
        })];
    }

    private static Baseline? BaselineOf(Tally unit, Tally[] units, int minIncidents, double? benchmark)
    {
        if (benchmark is { } rate)
        {
            return new Baseline(rate, PeerGroup.BenchmarkSource, 0, 0);
        }

        var others = units.Where(u => u.UnitId != unit.UnitId).ToArray();
        var source = PeerGroup.AllOtherUnitsSource;
        if (unit.UnitType is { } type)
        {
            var sameType = others.Where(u => u.UnitType == type).ToArray();
            if (sameType.Length >= PeerGroup.MinTypePeers && sameType.Sum(u => u.ClosedIndicative) >= minIncidents)
            {
                others = sameType;
                source = $"unitType:{type}";
            }
        }

        long part = others.Sum(u => u.Unanswered), whole = others.Sum(u => u.ClosedIndicative);
        return whole > 0 ? new Baseline(part / (double)whole, source, part, whole) : null;
    }

    /// <summary>One incident unit's counts.</summary>
    private sealed class Tally(string unitId)
    {
        public string UnitId { get; } = unitId;

        public SortedDictionary<string, long> Types { get; } = new(StringComparer.Ordinal);

        /// <summary>The most frequent unit type among its incidents (ties: ordinal first).</summary>
        public string? UnitType => Types.Count == 0 ? null : Types.MaxBy(t => t.Value).Key;

        public long Incidents { get; set; }

        public long ClosedIndicative { get; set; }

        public long Unanswered { get; set; }
    }
}
