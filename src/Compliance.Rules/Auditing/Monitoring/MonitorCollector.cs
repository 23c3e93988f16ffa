using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Engine;
using Compliance.Rules.Facts;
using Compliance.Rules.Incidents;
using Compliance.Rules.Incidents.Evaluation;
using Compliance.Rules.Packs;
using Compliance.Rules.Records;

namespace Compliance.Rules.Auditing.Monitoring;

/// <summary>
/// Collects the monitoring events of evaluated records (beside an <see cref="AuditAccumulator"/>), or
/// events stored earlier and replayed, and runs the detectors at the end. Memory is
/// bounded by the spool's budget; not thread-safe.
/// </summary>
internal sealed class MonitorCollector : IDisposable
{
    private readonly RulePackContext _context;
    private readonly DateTimeOffset _asOf;
    private readonly IReadOnlySet<StatementType> _retractionTypes;
    private readonly MonitorEventSpool _spool;
    private readonly RulePack _pack;
    private readonly List<TallyDefect> _defects = [];

    // One record's events and fired rules, reused from record to record (not thread-safe, as the collector).
    private readonly List<MonitorEvent> _extracted = [];
    private readonly HashSet<string> _fired = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, IncidentUnitCounts> _incidentUnits = new(StringComparer.Ordinal);

    /// <summary>Creates a collector for evaluations made with a pack at an as-of time.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="asOf">The as-of instant (events after it are ignored).</param>
    /// <param name="memoryBudget">Events held in memory before spilling to a temporary file.</param>
    public MonitorCollector(RulePack pack, DateTimeOffset asOf, int memoryBudget = MonitorEventSpool.DefaultMemoryBudget)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _pack = pack;
        _context = pack.CreateContext();
        _asOf = asOf;
        _retractionTypes = AuditParameters.From(pack).RetractionStatementTypes;
        _spool = new MonitorEventSpool(memoryBudget);
    }

    /// <summary>Events collected so far.</summary>
    public long Events => _spool.Count;

    /// <summary>Records (and incidents) whose events could not be collected (in the order added); every other one's were.</summary>
    public IReadOnlyList<TallyDefect> Defects => _defects;

    /// <summary>
    /// Adds the events of one evaluated record. A record whose events cannot be collected (made in
    /// code with a null statement or contact, which the reader refuses) adds none and is listed in
    /// <see cref="Defects"/>: one record never ends an audit.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="evaluation">Its evaluation.</param>
    public void Add(CrimeRecord record, RecordEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(evaluation);

        // Extracted in full before any is spooled: a record that fails half-way adds nothing.
        var events = _extracted;
        events.Clear();
        try
        {
            var facts = evaluation.Facts ?? new RecordFacts(record, _asOf, _context);
            MonitorEventExtractor.Extract(UnitIds.Of(record.OwningUnit?.UnitId), record, facts, evaluation.Findings, _retractionTypes, events, _fired);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException or OperationCanceledException))
        {
            _defects.Add(new TallyDefect(evaluation.CrimeRecordId, UnitIds.Of(record.OwningUnit?.UnitId), $"{e.GetType().Name} while collecting the record's monitoring events"));
            return;
        }

        foreach (var e in events)
        {
            _spool.Add(e);
        }
    }

    /// <summary>Adds one event collected earlier (a replay of stored events).</summary>
    /// <param name="monitorEvent">The event.</param>
    public void Add(MonitorEvent monitorEvent) => _spool.Add(monitorEvent);

    /// <summary>The events of one evaluated record (what <see cref="Add(CrimeRecord, RecordEvaluation)"/> adds).</summary>
    /// <param name="record">The record.</param>
    /// <param name="evaluation">Its evaluation.</param>
    /// <returns>The events.</returns>
    public IEnumerable<MonitorEvent> Extract(CrimeRecord record, RecordEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(evaluation);
        var facts = evaluation.Facts ?? new RecordFacts(record, _asOf, _context);
        var unitId = UnitIds.Of(record.OwningUnit?.UnitId);
        return MonitorEventExtractor.Extract(unitId, record, facts, evaluation.Findings, _retractionTypes);
    }

    /// <summary>
    /// Whether incidents are given: <c>unanswered-incident</c> is then on and the run length of every
    /// detector is the six-metric one (<see cref="MonitorSettings.IncidentArlYears"/> unless a policy
    /// sets it). Set by <see cref="AddIncident"/>; set it directly for an incident input with no incident.
    /// </summary>
    internal bool IncidentsGiven { get; set; }

    /// <summary>
    /// Adds one evaluated incident: counts its unit (and the unit's type, for the peers of
    /// <c>unanswered-incident</c>) and adds its event when it has one (<see cref="IncidentMonitorEvents"/>).
    /// </summary>
    /// <param name="evaluator">The run's incident evaluator (made with the same pack).</param>
    /// <param name="incident">The incident.</param>
    /// <param name="links">The link facts of its linked records, as the run's join found them.</param>
    internal void AddIncident(IncidentEvaluator evaluator, IncidentLog incident, IReadOnlyList<RecordLink> links)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(links);
        var unitId = UnitIds.Of(incident.OwningUnit?.UnitId);

        // Judged before anything is counted, as a record's events are collected before any is
        // added: an incident whose event cannot be made (a closure so late that the judging instant
        // is past the calendar's end) counts nowhere and is listed in Defects, never ends the audit.
        MonitorEvent? e;
        try
        {
            e = IncidentMonitorEvents.Extract(evaluator, incident, links, _asOf);
        }
        catch (Exception error) when (error is not (OutOfMemoryException or InsufficientExecutionStackException or OperationCanceledException))
        {
            _defects.Add(TallyDefect.OfIncident(incident.IncidentId, unitId, $"{error.GetType().Name} while collecting the incident's monitoring events"));
            return;
        }

        AddIncidentUnit(unitId, incident.OwningUnit?.UnitType, 1, e is null ? 0 : 1);
        if (e is { } unanswered)
        {
            _spool.Add(unanswered);
        }
    }

    /// <summary>
    /// Counts incidents of one incident unit without their events (a replay adds stored events with
    /// <see cref="Add(MonitorEvent)"/>): what chooses the peers of <c>unanswered-incident</c>.
    /// </summary>
    /// <param name="unitId">The incident unit.</param>
    /// <param name="unitType">The unit type these incidents name, or null.</param>
    /// <param name="incidents">How many incidents.</param>
    /// <param name="events">Of them with an event.</param>
    internal void AddIncidentUnit(string unitId, string? unitType, long incidents, long events)
    {
        IncidentsGiven = true;
        if (!_incidentUnits.TryGetValue(unitId, out var counts))
        {
            _incidentUnits[unitId] = counts = new IncidentUnitCounts();
        }

        if (unitType is not null)
        {
            counts.Types[unitType] = counts.Types.GetValueOrDefault(unitType) + incidents;
        }

        counts.Events += events;
    }

    /// <summary>Runs the detectors over every event collected.</summary>
    /// <param name="units">The unit tallies of the same records (they choose each unit's peers).</param>
    /// <param name="period">Month or week series.</param>
    /// <returns>Series, alerts and detector set-ups.</returns>
    public MonitorResult Finish(IEnumerable<UnitTally> units, MonitorPeriod period)
    {
        ArgumentNullException.ThrowIfNull(units);
        IncidentUnitTally[] incidentUnits = [.. _incidentUnits.Select(u => new IncidentUnitTally(u.Key, u.Value.UnitType, u.Value.Events))];
        return UnitMonitor.Run(_spool.Sorted(), [.. units], MonitorSettings.From(_pack, period, _asOf, IncidentsGiven), incidentUnits);
    }

    /// <inheritdoc />
    public void Dispose() => _spool.Dispose();

    /// <summary>One incident unit's counts: its incidents' unit types and its events.</summary>
    private sealed class IncidentUnitCounts
    {
        public SortedDictionary<string, long> Types { get; } = new(StringComparer.Ordinal);

        /// <summary>The most frequent unit type among its incidents (ties: ordinal first), as AUDIT-007 takes it.</summary>
        public string? UnitType => Types.Count == 0 ? null : Types.MaxBy(t => t.Value).Key;

        public long Events { get; set; }
    }
}
