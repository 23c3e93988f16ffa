using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Packs;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Rules.Incidents.Evaluation;

/// <summary>
/// Evaluates incident logs against the incident rules of a pack (INCIDENT-001…004), with the crime
/// records linked to each. The rules' logic is built in; the pack gives their severity,
/// enablement, messages and parameters, and the counting-rules timeline gives the recording limit
/// and whether N100 existed on the day of each disclosure. Thread-safe; never reads the clock and
/// does no I/O: the same incident, records and as-of give the same findings.
/// </summary>
/// <example>
/// <code>
/// var engine = ComplianceEngine.CreateBuiltIn();
/// var incidents = new IncidentEvaluator(engine);
/// // Before a command-and-control system closes an incident:
/// IncidentEvaluation result = incidents.EvaluateIncident(incident, linkedRecords, asOf: now);
/// </code>
/// </example>
public sealed class IncidentEvaluator
{
    private readonly IComplianceEngine _engine;
    private readonly IncidentParameters _parameters;
    private readonly OffenceGroupTable _groups;
    private readonly RuleInfo?[] _rules;

    /// <summary>Creates an evaluator for the pack of an engine (the engine evaluates linked records).</summary>
    /// <param name="engine">The record engine; its pack gives the incident rules and parameters.</param>
    /// <exception cref="InvalidOperationException">The pack lacks a parameter the incident rules need, or one is malformed.</exception>
    public IncidentEvaluator(IComplianceEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
        _parameters = IncidentParameters.From(engine.Pack);
        _groups = new OffenceGroupTable(engine.Pack.OffenceGroups);
        _rules = [.. IncidentRules.All.Select(id => engine.Pack.Rules.FirstOrDefault(rule => rule.Scope == RuleScope.Incident && rule.Id == id))];
    }

    /// <summary>The pack.</summary>
    public RulePack Pack => _engine.Pack;

    /// <summary>Evaluates one incident with the crime records linked to it.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="linkedRecords">
    /// The records linked to it (it lists them, or they name it as their incident); records that are
    /// not linked are ignored, so a host may pass every candidate.
    /// </param>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>The findings.</returns>
    public IncidentEvaluation EvaluateIncident(IncidentLog incident, IEnumerable<CrimeRecord> linkedRecords, DateTimeOffset asOf) =>
        EvaluateIncident(incident, linkedRecords, [], asOf);

    /// <summary>
    /// Evaluates one incident with the crime records linked to it and the records linked to it that
    /// the reader rejected: a rule whose finding could depend on a rejected record reports an error
    /// (<c>linked record CR-1 rejected</c>) instead.
    /// </summary>
    /// <param name="incident">The incident.</param>
    /// <param name="linkedRecords">The records linked to it (others are ignored, as above).</param>
    /// <param name="rejectedRecords">
    /// Rejections of the record reader; those whose <see cref="Rejection.Id"/> the incident lists, or
    /// whose <see cref="Rejection.NamedIncidentId"/> is the incident, are its links to rejected records
    /// (others are ignored). An id that an accepted record of <paramref name="linkedRecords"/> has is
    /// that record's: a rejected copy of it (a repeated id) is no link.
    /// </param>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>The findings and errors.</returns>
    public IncidentEvaluation EvaluateIncident(IncidentLog incident, IEnumerable<CrimeRecord> linkedRecords, IEnumerable<Rejection> rejectedRecords, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(linkedRecords);
        ArgumentNullException.ThrowIfNull(rejectedRecords);
        var links = linkedRecords
            .Where(record => record.Incident.IncidentId == incident.IncidentId || incident.LinkedCrimeRecordIds.Contains(record.CrimeRecordId))
            .Select(record => LinkOf(record, _engine.Evaluate(record, asOf)))
            .ToList();
        foreach (var rejection in rejectedRecords)
        {
            if (rejection.Id is { } id
                && (incident.LinkedCrimeRecordIds.Contains(id, StringComparer.Ordinal) || string.Equals(rejection.NamedIncidentId, incident.IncidentId, StringComparison.Ordinal))
                && !links.Any(link => link.CrimeRecordId == id))
            {
                links.Add(RecordLink.RejectedRecord(id, rejection.NamedIncidentId));
            }
        }

        return Evaluate(incident, links, asOf);
    }

    /// <summary>The link facts of an evaluated record (what the join keeps of it).</summary>
    internal RecordLink LinkOf(CrimeRecord record, RecordEvaluation evaluation) => RecordLinks.Of(record, evaluation, _parameters, _groups);

    /// <summary>Evaluates one incident with the link facts of its records.</summary>
    internal IncidentEvaluation Evaluate(IncidentLog incident, IReadOnlyList<RecordLink> links, DateTimeOffset asOf)
    {
        var facts = new IncidentFacts(incident, _parameters, asOf);
        var answering = new Answering(incident, links, _parameters, asOf);
        var rejected = links.FirstOrDefault(link => link.Rejected)?.CrimeRecordId;
        var findings = new List<Finding>();
        var errors = new List<RuleEvaluationError>();
        var states = new List<RuleState>();
        var unanswered = false;
        for (var i = 0; i < _rules.Length; i++)
        {
            if (_rules[i] is not { } rule)
            {
                continue;
            }

            if (!rule.Enabled)
            {
                states.Add(new RuleState(rule.Id, RuleStatus.Disabled));
                continue;
            }

            answering.Consulted = false;
            var verdict = rule.Id switch
            {
                IncidentRules.Unanswered => IncidentChecks.Unanswered(facts, answering, Pack.Timelines),
                IncidentRules.SexualDisclosure => IncidentChecks.SexualDisclosures(facts, answering, Pack.Timelines),
                IncidentRules.LaterDisclosure => IncidentChecks.LaterDisclosures(facts, answering, Pack.Timelines),
                _ => IncidentChecks.Review(facts),
            };

            // A rejected record answers nothing here, but might have answered what the verdict
            // found unanswered: a finding that asked for answers becomes an error. Any other verdict
            // stands — a rule that passed would pass with the record too (a linked record can only
            // answer more), and one that did not ask (not applicable, open too long, review) does
            // not depend on it.
            if (rejected is not null && verdict.Status == RuleStatus.Fired && answering.Consulted)
            {
                errors.Add(new RuleEvaluationError(rule.Id, $"linked record {rejected} rejected"));
                states.Add(new RuleState(rule.Id, RuleStatus.Error));
                continue;
            }

            states.Add(new RuleState(rule.Id, verdict.Status));
            if (verdict.Status == RuleStatus.Fired)
            {
                var evidence = new OrderedEvidence([.. verdict.Evidence.Select(e => e.Name)], [.. verdict.Evidence.Select(e => EvidenceFormatter.Normalise(e.Value))]);
                var severity = verdict.Escalate && rule.Escalations.Count > 0 ? rule.Escalations[0].Severity : rule.Severity;
                findings.Add(new Finding(rule.Id, severity, EvidenceFormatter.FillMessage(rule.Message, evidence), rule.Citation, evidence));
                unanswered |= rule.Id != IncidentRules.Review;
            }
        }

        return new IncidentEvaluation(incident.IncidentId, incident.OwningUnit?.UnitId, findings, errors)
        {
            Rules = states,
            UnitType = incident.OwningUnit?.UnitType,
            IsCrimeIndicative = facts.IsCrimeIndicative,
            IsClosed = facts.IsClosed,
            IsUnanswered = unanswered,
        };
    }
}
