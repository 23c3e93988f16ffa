using Compliance.Rules.Calendar;
using Compliance.Rules.Engine;
using Compliance.Rules.Incidents.Evaluation;
using Compliance.Rules.Reading;
using Compliance.Rules.Records;

namespace Compliance.Rules.Sampling;

/// <summary>
/// The incident side of a draw: every record is kept (as a link tuple in the join's temporary
/// files) while records stream past; then the incident logs are read once, each joined to its
/// records, judged by the incident rules, and offered to the first incident stratum whose filter it
/// matches, dated by <c>receivedAt</c> or the stratum's <c>dateField</c>.
/// </summary>
internal sealed class IncidentStrata : IDisposable
{
    private readonly SamplingPlan _plan;
    private readonly IComplianceEngine _engine;
    private readonly DateTimeOffset _asOf;
    private readonly IncidentJoin _join;
    private readonly StratumSelector<string[]>[] _selectors;

    public IncidentStrata(SamplingPlan plan, IComplianceEngine engine, long seed, DateTimeOffset asOf)
    {
        _plan = plan;
        _engine = engine;
        _asOf = asOf;
        _join = new IncidentJoin(new IncidentEvaluator(engine), asOf);
        _selectors = [.. plan.IncidentFilters.Select(f => new StratumSelector<string[]>(seed, plan.PlanId, f.Stratum.Id, f.Stratum.SampleSizeBound()))];
    }

    /// <summary>Whether the incidents were added (once only, after the last record).</summary>
    public bool Added { get; private set; }

    /// <summary>Incident logs read, accepted or rejected.</summary>
    public long Read { get; private set; }

    /// <summary>Incident logs the reader rejected.</summary>
    public long Rejected { get; private set; }

    /// <summary>Incidents that matched a stratum whose date they lack.</summary>
    public long OutOfFrame { get; private set; }

    public void AddRecord(CrimeRecord record)
    {
        // The join reads a record's evaluation only to know whether an N100 decision on it is sound
        // (SEXOFF-002 silent): evaluating every record as the audit does would cost a whole audit,
        // so only N100 decisions are evaluated here.
        var evaluation = record.RecordingDecision?.Outcome == RecordingOutcome.N100
            ? _engine.Evaluate(record, _asOf)
            : new RecordEvaluation(record.CrimeRecordId, null, [], []);
        _join.AddRecord(record, evaluation);
    }

    public void AddRejectedRecord(string crimeRecordId, string? incidentId) => _join.AddRejectedRecord(crimeRecordId, incidentId);

    public void Add(IEnumerable<ReadResult> incidents, Action<Rejection>? rejected, List<(string ItemKey, string StratumId, string Message)> filterErrors, CancellationToken cancellationToken)
    {
        Added = true;
        foreach (var joined in _join.Evaluate(incidents, rejection =>
        {
            Read++;
            Rejected++;
            rejected?.Invoke(rejection);
        }))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Read++;
            Offer(joined, filterErrors);
        }

        // The join's temporary files are not needed once every incident is offered.
        _join.Dispose();
    }

    /// <summary>The selector of an incident stratum of the plan.</summary>
    public StratumSelector<string[]> SelectorOf(PlanStratum stratum) =>
        _selectors[_plan.IncidentFilters.Select((f, i) => (f, i)).First(x => ReferenceEquals(x.f.Stratum, stratum)).i];

    public void Dispose() => _join.Dispose();

    private void Offer(JoinedIncident joined, List<(string ItemKey, string StratumId, string Message)> filterErrors)
    {
        var incident = joined.Incident.Incident;
        var evaluation = joined.Evaluation;
        var links = joined.Links.Select(l => new LinkedRecordFacts(l.CrimeRecordId, l.Rejected, l.Outcome, l.DecidedAt, l.AllegationGroup)).ToArray();
        var facts = new IncidentStratumFacts(incident, _asOf, evaluation.IsCrimeIndicative, evaluation.IsClosed, links);
        var key = SelectionOrder.IncidentKey(incident.IncidentId);
        switch (StratumPlacement.Place(_plan, _plan.IncidentFilters, facts, key, filterErrors, out var index))
        {
            case StratumPlacementKind.OutOfFrame:
                OutOfFrame++;
                break;
            case StratumPlacementKind.InPeriod:
                _selectors[index].Offer(key, SampleDrawer.RuleIds(evaluation.Findings));
                break;
        }
    }
}
