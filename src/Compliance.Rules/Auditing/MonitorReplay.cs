using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Facts;
using Compliance.Rules.Incidents;
using Compliance.Rules.Incidents.Evaluation;
using Compliance.Rules.Packs;

namespace Compliance.Rules.Auditing;

/// <summary>
/// Monitoring over a history kept between runs, without keeping the records: each audited record is
/// reduced to what monitoring needs (<see cref="Summarize"/>) and stored; a later run adds back what
/// was stored — the records per unit (<see cref="AddRecords"/>) and the events (<see cref="AddEvent"/>)
/// — and <see cref="Run"/> gives the series, alerts and detectors an audit of all those records would
/// give (<see cref="AuditSummary.Monitoring"/>). <c>compliance monitor</c> keeps its history this way.
/// </summary>
/// <remarks>
/// Pure like the audit: the same summaries, pack and as-of instant give the same result, and nothing
/// reads the clock. The order in which units and events are added does not matter (events are sorted
/// into the detectors' order; counts of a unit add up). Events beyond a memory budget spill to a
/// temporary file, which <see cref="Dispose"/> removes. Not thread-safe.
/// </remarks>
/// <example>
/// <code>
/// using var replay = new MonitorReplay(engine.Pack, asOf);
/// // While auditing (IAuditObserver.Evaluated): keep replay.Summarize(audited) beside the record's key.
/// // Then, over everything kept:
/// foreach (var unit in storedUnits) replay.AddRecords(unit.Id, unit.Type, unit.Records, unit.RapeRecords);
/// foreach (var unit in storedIncidentUnits) replay.AddIncidents(unit.Id, unit.Type, unit.Incidents, unit.EventsDue);
/// foreach (var e in storedEvents) replay.AddEvent(e); // incident events only when due at the as-of
/// MonitorResult result = replay.Run();
/// </code>
/// </example>
public sealed class MonitorReplay : IDisposable
{
    private readonly DateTimeOffset _asOf;
    private readonly RulePackContext _context;
    private readonly MonitorCollector _events;
    private readonly SortedDictionary<string, UnitTally> _units = new(StringComparer.Ordinal);
    private MonitorResult? _result;

    /// <summary>Starts a replay with the pack and as-of instant of the run.</summary>
    /// <param name="pack">The pack the records were evaluated with; its parameters give the detectors' settings.</param>
    /// <param name="asOf">The instant of the run: events after it are left out.</param>
    /// <param name="period">The period of the series: months (the default) or ISO weeks.</param>
    public MonitorReplay(RulePack pack, DateTimeOffset asOf, MonitorPeriod period = MonitorPeriod.Month)
    {
        ArgumentNullException.ThrowIfNull(pack);
        Pack = pack;
        _asOf = asOf;
        Period = period;
        _context = pack.CreateContext();
        _events = new MonitorCollector(pack, asOf);
    }

    /// <summary>The pack.</summary>
    public RulePack Pack { get; }

    /// <summary>The period of the series.</summary>
    public MonitorPeriod Period { get; }

    /// <summary>Events added so far.</summary>
    public long Events => _events.Events;

    /// <summary>
    /// What a record contributes to monitoring, for a host to keep beside it. Made from the record and
    /// its evaluation alone: storing it does not add it to this replay.
    /// </summary>
    /// <param name="audited">A record evaluated with this replay's pack, at its as-of instant.</param>
    /// <returns>Its unit, unit type, rape-record flag and events.</returns>
    /// <remarks>
    /// A record made in code can hold what the reader refuses (a null statement or contact); its events
    /// cannot be collected and this throws. A host lists such a record and goes on with the next one.
    /// </remarks>
    public MonitoredRecord Summarize(AuditedRecord audited)
    {
        ArgumentNullException.ThrowIfNull(audited);
        var record = audited.Record;
        var facts = new RecordFacts(record, _asOf, _context);
        return new MonitoredRecord(
            audited.UnitId,
            record.OwningUnit?.UnitType is { Length: > 0 } type ? type : null,
            facts.IsRapeRecord,
            [.. _events.Extract(record, audited.Evaluation)]);
    }

    /// <summary>
    /// Adds stored records of one unit: what chooses its peers. Call once per unit and type, or once per
    /// record (<c>records</c> 1): the counts of a unit add up.
    /// </summary>
    /// <param name="unitId">The unit (<see cref="MonitoredRecord.UnitId"/>).</param>
    /// <param name="unitType">Their unit type, or null when they name none.</param>
    /// <param name="records">How many records.</param>
    /// <param name="rapeRecords">Of them rape records.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or more rape records than records.</exception>
    /// <exception cref="InvalidOperationException">The replay has run.</exception>
    public void AddRecords(string unitId, string? unitType, long records, long rapeRecords)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentOutOfRangeException.ThrowIfNegative(records);
        ArgumentOutOfRangeException.ThrowIfNegative(rapeRecords);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rapeRecords, records);
        ThrowIfRun();
        if (!_units.TryGetValue(unitId, out var tally))
        {
            tally = new UnitTally(unitId);
            _units[unitId] = tally;
        }

        tally.Records += records;
        tally.RapeRecords += rapeRecords;
        if (unitType is { Length: > 0 })
        {
            tally.CountUnitType(unitType, records);
        }
    }

    /// <summary>
    /// Whether incident logs are part of the history: <c>unanswered-incident</c> is then monitored and
    /// every detector's in-control run length is the six-metric one, as in an audit with incidents
    /// (unless a policy sets <c>monitorArlYears</c>). Set by <see cref="AddIncidents"/>; set it for a
    /// history that was given incident logs of which none is kept.
    /// </summary>
    /// <exception cref="InvalidOperationException">Set after the replay has run.</exception>
    public bool IncludesIncidents
    {
        get => _events.IncidentsGiven;
        set
        {
            ThrowIfRun();
            _events.IncidentsGiven = value;
        }
    }

    /// <summary>
    /// What an incident log contributes to monitoring, for a host to keep beside it: its unit and type,
    /// and its <c>unanswered-incident</c> event judged at the incident's closure plus the recording
    /// limit with the records linked to it — whatever this replay's as-of instant, so that a kept
    /// event stays right for later runs (<see cref="MonitoredIncident.HasEventAt"/> says whether a
    /// run counts it). Storing it does not add it to this replay.
    /// </summary>
    /// <param name="evaluator">An incident evaluator of this replay's pack.</param>
    /// <param name="incident">The incident.</param>
    /// <param name="linkedRecords">
    /// The records linked to it either way (it lists them, or they name it), evaluated at the run's
    /// as-of instant; others are ignored, and of two with one <c>crimeRecordId</c> the first is taken,
    /// as the audit's join does.
    /// </param>
    /// <returns>Its unit, unit type, due instant and event.</returns>
    /// <remarks>
    /// An incident whose event cannot be made (closed so late that closure plus the recording limit
    /// is past the calendar's end) throws, as the audit lists it among its defects; a host lists it
    /// and goes on with the next one.
    /// </remarks>
    public MonitoredIncident SummarizeIncident(IncidentEvaluator evaluator, IncidentLog incident, IEnumerable<AuditedRecord> linkedRecords)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(linkedRecords);
        var links = new List<RecordLink>();
        foreach (var audited in linkedRecords)
        {
            var record = audited.Record;
            var linked = string.Equals(record.Incident.IncidentId, incident.IncidentId, StringComparison.Ordinal)
                || incident.LinkedCrimeRecordIds.Contains(record.CrimeRecordId, StringComparer.Ordinal);
            if (linked && !links.Exists(l => string.Equals(l.CrimeRecordId, record.CrimeRecordId, StringComparison.Ordinal)))
            {
                links.Add(evaluator.LinkOf(record, audited.Evaluation));
            }
        }

        var monitorEvent = IncidentMonitorEvents.Extract(evaluator, incident, links, DateTimeOffset.MaxValue);
        return new MonitoredIncident(
            UnitIds.Of(incident.OwningUnit?.UnitId),
            incident.OwningUnit?.UnitType,
            monitorEvent is null ? null : IncidentMonitorEvents.JudgedAt(evaluator, incident),
            monitorEvent);
    }

    /// <summary>
    /// Adds stored incidents of one incident unit: what chooses the peers of <c>unanswered-incident</c>
    /// (as AUDIT-007 chooses them). Call once per unit and type, or once per incident: the counts of a
    /// unit add up. Their events are added with <see cref="AddEvent"/>. Sets <see cref="IncludesIncidents"/>.
    /// </summary>
    /// <param name="unitId">The incident unit (<see cref="MonitoredIncident.UnitId"/>).</param>
    /// <param name="unitType">The unit type they name, or null when they name none.</param>
    /// <param name="incidents">How many incidents.</param>
    /// <param name="events">Of them with an event counted at this replay's as-of instant (<see cref="MonitoredIncident.HasEventAt"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or more events than incidents.</exception>
    /// <exception cref="InvalidOperationException">The replay has run.</exception>
    public void AddIncidents(string unitId, string? unitType, long incidents, long events)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentOutOfRangeException.ThrowIfNegative(incidents);
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(events, incidents);
        ThrowIfRun();
        _events.AddIncidentUnit(unitId, unitType, incidents, events);
    }

    /// <summary>Adds one stored event (of <see cref="MonitoredRecord.Events"/> or <see cref="MonitoredIncident.Event"/>). Events of a unit no <see cref="AddRecords"/> call (for <c>unanswered-incident</c>, no <see cref="AddIncidents"/> call) named are not monitored.</summary>
    /// <param name="monitorEvent">The event.</param>
    /// <exception cref="ArgumentException">Its metric is not one of <see cref="MonitorMetrics.All"/>, or an id is null.</exception>
    /// <exception cref="InvalidOperationException">The replay has run.</exception>
    public void AddEvent(MonitorEvent monitorEvent)
    {
        if (monitorEvent.Metric < 0 || monitorEvent.Metric >= MonitorMetrics.All.Count)
        {
            throw new ArgumentException($"metric {monitorEvent.Metric} is not an index of MonitorMetrics.All (0–{MonitorMetrics.All.Count - 1})", nameof(monitorEvent));
        }

        if (monitorEvent.UnitId is null || monitorEvent.RecordId is null || monitorEvent.ItemId is null)
        {
            throw new ArgumentException("an event names its unit, record and item (empty, not null, when it has none)", nameof(monitorEvent));
        }

        ThrowIfRun();
        _events.Add(monitorEvent);
    }

    /// <summary>Runs the detectors over everything added; later calls return the same result.</summary>
    /// <returns>Series, alerts and detector set-ups, as <see cref="AuditSummary.Monitoring"/> of an audit of the same records.</returns>
    public MonitorResult Run() => _result ??= _events.Finish(_units.Values, Period);

    /// <summary>Removes the events' temporary file, if one was written.</summary>
    public void Dispose() => _events.Dispose();

    private void ThrowIfRun()
    {
        if (_result is not null)
        {
            throw new InvalidOperationException("The replay has run: start another to replay more.");
        }
    }
}
