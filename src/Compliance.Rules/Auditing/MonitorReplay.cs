using Compliance.Rules.Auditing.Monitoring;
using Compliance.Rules.Auditing.Tallies;
using Compliance.Rules.Facts;
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
/// foreach (var e in storedEvents) replay.AddEvent(e);
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

    /// <summary>Adds one stored event (of <see cref="MonitoredRecord.Events"/>). Events of a unit no <see cref="AddRecords"/> call named are not monitored.</summary>
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
